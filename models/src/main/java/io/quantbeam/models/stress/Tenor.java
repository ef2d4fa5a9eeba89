package io.quantbeam.models.stress;

/** The ten zero-curve tenors a market quotes for each currency, in increasing order. */
public enum Tenor {
  M3("3M", 0.25),
  M6("6M", 0.5),
  Y1("1Y", 1),
  Y2("2Y", 2),
  Y3("3Y", 3),
  Y5("5Y", 5),
  Y7("7Y", 7),
  Y10("10Y", 10),
  Y20("20Y", 20),
  Y30("30Y", 30);

  private static final Tenor[] ALL = values();
  private static final double[] YEARS = new double[ALL.length];

  static {
    for (int i = 0; i < ALL.length; i++) {
      YEARS[i] = ALL[i].years;
    }
  }

  private final String label;
  private final double years;

  Tenor(String label, double years) {
    this.label = label;
    this.years = years;
  }

  /** As written in a factor id, e.g. "10Y". */
  public String label() {
    return label;
  }

  /** Time to the tenor point in years. */
  public double years() {
    return years;
  }

  public static int count() {
    return ALL.length;
  }

  /** Tenor times in years, in increasing order (a fresh copy). */
  public static double[] times() {
    return YEARS.clone();
  }

  /** The tenor written as {@code label}; throws with the label when there is none. */
  public static Tenor ofLabel(String label) {
    for (Tenor t : ALL) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tenor '" + label + "' (expected one of 3M 6M 1Y 2Y 3Y 5Y 7Y 10Y 20Y 30Y)");
  }
}
