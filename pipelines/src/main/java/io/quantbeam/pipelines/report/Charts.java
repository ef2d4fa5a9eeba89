package io.quantbeam.pipelines.report;

import java.util.List;

/**
 * Small self-contained SVG charts for run reports. Hand-written rather than a charting library:
 * the output is plain SVG with one element per datum, marked by class ({@code point}, {@code bar},
 * {@code cell}, {@code marker}), so a browser test can count what was drawn, and nothing needs
 * AWT or scripts. Every chart has a title and labelled axes with units.
 */
public final class Charts {

  private static final double WIDTH = 720;
  private static final double HEIGHT = 360;
  private static final double LEFT = 78;
  private static final double RIGHT = 20;
  private static final double TOP = 36;
  private static final double BOTTOM = 58;
  private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};

  /** A named series of y values. */
  public record Series(String name, double[] values) {}

  /** A labelled vertical line at x (e.g. VaR on a histogram). */
  public record Marker(String label, double x) {}

  private Charts() {}

  /** A median line with an inter-quartile band over categorical x (e.g. months). */
  public static String band(String id, String title, String xLabel, String yLabel, List<String> x, double[] median,
      double[] lower, double[] upper) {
    int n = x.size();
    Axis ax = Axis.of(0, Math.max(1, n - 1), LEFT, WIDTH - RIGHT);
    Axis ay = Axis.of(min(lower), max(upper), HEIGHT - BOTTOM, TOP);
    StringBuilder s = open(id, title);
    yGrid(s, ay, yLabel);
    categoryTicks(s, ax, x, xLabel);
    StringBuilder band = new StringBuilder();
    for (int i = 0; i < n; i++) {
      band.append(i == 0 ? "M" : "L").append(Svg.px(ax.px(i))).append(',').append(Svg.px(ay.px(upper[i])));
    }
    for (int i = n - 1; i >= 0; i--) {
      band.append('L').append(Svg.px(ax.px(i))).append(',').append(Svg.px(ay.px(lower[i])));
    }
    s.append("<path class=\"band\" d=\"").append(band).append("Z\" fill=\"#1f77b4\" fill-opacity=\"0.18\"/>");
    polyline(s, ax, ay, indices(n), median, PALETTE[0], "median");
    legend(s, List.of("median", "25th–75th percentile"), new String[] {PALETTE[0], "#a6c8e4"});
    return close(s);
  }

  /** Lines over numeric x, one per series, with a point per value; optionally a log-scaled y axis. */
  public static String lines(String id, String title, String xLabel, String yLabel, double[] x, List<Series> series,
      boolean logY) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series one : series) {
      for (double v : one.values()) {
        double y = logY ? Math.log10(Math.max(v, 1e-12)) : v;
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
    Axis ax = Axis.of(min(x), max(x), LEFT, WIDTH - RIGHT);
    Axis ay = Axis.of(lo, hi, HEIGHT - BOTTOM, TOP);
    StringBuilder s = open(id, title);
    if (logY) {
      logGrid(s, ay, yLabel);
    } else {
      yGrid(s, ay, yLabel);
    }
    xGrid(s, ax, xLabel);
    String[] colours = new String[series.size()];
    for (int k = 0; k < series.size(); k++) {
      colours[k] = PALETTE[k % PALETTE.length];
      double[] y = series.get(k).values().clone();
      if (logY) {
        for (int i = 0; i < y.length; i++) {
          y[i] = Math.log10(Math.max(y[i], 1e-12));
        }
      }
      polyline(s, ax, ay, x, y, colours[k], series.get(k).name());
    }
    legend(s, series.stream().map(Series::name).toList(), colours);
    return close(s);
  }

  /** A histogram from bin edges and counts, with optional vertical markers. */
  public static String histogram(String id, String title, String xLabel, String yLabel, double[] edges, long[] counts,
      List<Marker> markers) {
    double lo = edges[0];
    double hi = edges[edges.length - 1];
    for (Marker m : markers) {
      lo = Math.min(lo, m.x());
      hi = Math.max(hi, m.x());
    }
    long top = 1;
    for (long c : counts) {
      top = Math.max(top, c);
    }
    Axis ax = Axis.of(lo, hi, LEFT, WIDTH - RIGHT);
    Axis ay = Axis.of(0, top * 1.05, HEIGHT - BOTTOM, TOP);
    StringBuilder s = open(id, title);
    yGrid(s, ay, yLabel);
    xGrid(s, ax, xLabel);
    for (int i = 0; i < counts.length; i++) {
      double x0 = ax.px(edges[i]);
      double x1 = ax.px(edges[i + 1]);
      double y = ay.px(counts[i]);
      s.append("<rect class=\"bar\" x=\"").append(Svg.px(x0)).append("\" y=\"").append(Svg.px(y))
          .append("\" width=\"").append(Svg.px(Math.max(0.5, x1 - x0 - 0.5))).append("\" height=\"")
          .append(Svg.px(ay.px(0) - y)).append("\" fill=\"#1f77b4\"><title>")
          .append(Svg.escape(Svg.tick(edges[i]) + " to " + Svg.tick(edges[i + 1]) + ": " + counts[i]))
          .append("</title></rect>");
    }
    for (int k = 0; k < markers.size(); k++) {
      Marker m = markers.get(k);
      double x = ax.px(m.x());
      s.append("<line class=\"marker\" x1=\"").append(Svg.px(x)).append("\" x2=\"").append(Svg.px(x))
          .append("\" y1=\"").append(Svg.px(TOP)).append("\" y2=\"").append(Svg.px(HEIGHT - BOTTOM))
          .append("\" stroke=\"").append(PALETTE[1 + k % (PALETTE.length - 1)]).append("\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>");
      s.append("<text x=\"").append(Svg.px(x + 4)).append("\" y=\"").append(Svg.px(TOP + 14 + 14 * k))
          .append("\" font-size=\"12\" fill=\"").append(PALETTE[1 + k % (PALETTE.length - 1)]).append("\">")
          .append(Svg.escape(m.label())).append("</text>");
    }
    return close(s);
  }

  /** Grouped vertical bars: one group per category, one bar per series. */
  public static String bars(String id, String title, String xLabel, String yLabel, List<String> categories,
      List<Series> series) {
    double lo = 0;
    double hi = 0;
    for (Series one : series) {
      lo = Math.min(lo, min(one.values()));
      hi = Math.max(hi, max(one.values()));
    }
    Axis ay = Axis.of(lo, hi * 1.05, HEIGHT - BOTTOM, TOP);
    double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, categories.size());
    double barWidth = slot * 0.8 / Math.max(1, series.size());
    StringBuilder s = open(id, title);
    yGrid(s, ay, yLabel);
    String[] colours = new String[series.size()];
    for (int c = 0; c < categories.size(); c++) {
      double x0 = LEFT + c * slot + slot * 0.1;
      for (int k = 0; k < series.size(); k++) {
        colours[k] = PALETTE[k % PALETTE.length];
        double v = series.get(k).values()[c];
        double y0 = ay.px(Math.max(v, 0));
        double y1 = ay.px(Math.min(v, 0));
        s.append("<rect class=\"bar\" x=\"").append(Svg.px(x0 + k * barWidth)).append("\" y=\"").append(Svg.px(y0))
            .append("\" width=\"").append(Svg.px(barWidth - 1)).append("\" height=\"").append(Svg.px(Math.max(0.5, y1 - y0)))
            .append("\" fill=\"").append(colours[k]).append("\"><title>")
            .append(Svg.escape(categories.get(c) + ", " + series.get(k).name() + ": " + Svg.tick(v))).append("</title></rect>");
      }
      text(s, LEFT + c * slot + slot / 2, HEIGHT - BOTTOM + 16, "middle", categories.get(c), 11);
    }
    text(s, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, "middle", xLabel, 13);
    legend(s, series.stream().map(Series::name).toList(), colours);
    return close(s);
  }

  /** A heat map: rows × columns of values, darker for lower values when {@code lowIsGood}, each cell labelled. */
  public static String heatMap(String id, String title, String xLabel, String yLabel, List<String> columns,
      List<String> rows, double[][] values, boolean lowIsGood) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      lo = Math.min(lo, min(row));
      hi = Math.max(hi, max(row));
    }
    double cellW = (WIDTH - LEFT - RIGHT) / Math.max(1, columns.size());
    double cellH = (HEIGHT - TOP - BOTTOM) / Math.max(1, rows.size());
    StringBuilder s = open(id, title);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        double v = values[r][c];
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        double shade = lowIsGood ? 1 - t : t;
        int green = (int) Math.round(235 - 150 * shade);
        int blue = (int) Math.round(245 - 60 * shade);
        int red = (int) Math.round(240 - 210 * shade);
        double x = LEFT + c * cellW;
        double y = TOP + r * cellH;
        s.append("<rect class=\"cell\" x=\"").append(Svg.px(x)).append("\" y=\"").append(Svg.px(y))
            .append("\" width=\"").append(Svg.px(cellW - 1)).append("\" height=\"").append(Svg.px(cellH - 1))
            .append("\" fill=\"rgb(").append(red).append(',').append(green).append(',').append(blue).append(")\"><title>")
            .append(Svg.escape(rows.get(r) + ", " + columns.get(c) + ": " + Svg.tick(v))).append("</title></rect>");
        text(s, x + cellW / 2, y + cellH / 2 + 4, "middle", Svg.tick(v), 11);
      }
      text(s, LEFT - 6, TOP + r * cellH + cellH / 2 + 4, "end", rows.get(r), 11);
    }
    for (int c = 0; c < columns.size(); c++) {
      text(s, LEFT + c * cellW + cellW / 2, HEIGHT - BOTTOM + 16, "middle", columns.get(c), 11);
    }
    text(s, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, "middle", xLabel, 13);
    s.append("<text x=\"16\" y=\"").append(Svg.px((TOP + HEIGHT - BOTTOM) / 2)).append("\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
        .append(Svg.px((TOP + HEIGHT - BOTTOM) / 2)).append(")\">").append(Svg.escape(yLabel)).append("</text>");
    return close(s);
  }

  private static StringBuilder open(String id, String title) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg class=\"chart\" data-chart=\"").append(Svg.escape(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append((int) WIDTH).append(' ').append((int) HEIGHT).append("\" role=\"img\" aria-label=\"").append(Svg.escape(title))
        .append("\" font-family=\"system-ui, sans-serif\">");
    s.append("<text x=\"").append(Svg.px(WIDTH / 2)).append("\" y=\"20\" font-size=\"15\" font-weight=\"600\" text-anchor=\"middle\">")
        .append(Svg.escape(title)).append("</text>");
    return s;
  }

  private static String close(StringBuilder s) {
    return s.append("</svg>").toString();
  }

  private static void yGrid(StringBuilder s, Axis ay, String label) {
    for (double t : ay.ticks(6)) {
      double y = ay.px(t);
      s.append("<line x1=\"").append(Svg.px(LEFT)).append("\" x2=\"").append(Svg.px(WIDTH - RIGHT)).append("\" y1=\"")
          .append(Svg.px(y)).append("\" y2=\"").append(Svg.px(y)).append("\" stroke=\"#e3e3e3\"/>");
      text(s, LEFT - 6, y + 4, "end", Svg.tick(t), 11);
    }
    yLabel(s, label);
  }

  private static void logGrid(StringBuilder s, Axis ay, String label) {
    // ticks at nice values of log10(y), labelled with y itself
    for (double t : ay.ticks(5)) {
      double y = ay.px(t);
      s.append("<line x1=\"").append(Svg.px(LEFT)).append("\" x2=\"").append(Svg.px(WIDTH - RIGHT)).append("\" y1=\"")
          .append(Svg.px(y)).append("\" y2=\"").append(Svg.px(y)).append("\" stroke=\"#e3e3e3\"/>");
      text(s, LEFT - 6, y + 4, "end", Svg.tick(Math.pow(10, t)), 11);
    }
    yLabel(s, label + " (log scale)");
  }

  private static void yLabel(StringBuilder s, String label) {
    double mid = (TOP + HEIGHT - BOTTOM) / 2;
    s.append("<text x=\"16\" y=\"").append(Svg.px(mid)).append("\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
        .append(Svg.px(mid)).append(")\">").append(Svg.escape(label)).append("</text>");
    s.append("<line x1=\"").append(Svg.px(LEFT)).append("\" x2=\"").append(Svg.px(LEFT)).append("\" y1=\"").append(Svg.px(TOP))
        .append("\" y2=\"").append(Svg.px(HEIGHT - BOTTOM)).append("\" stroke=\"#888\"/>");
  }

  private static void xGrid(StringBuilder s, Axis ax, String label) {
    for (double t : ax.ticks(8)) {
      text(s, ax.px(t), HEIGHT - BOTTOM + 16, "middle", Svg.tick(t), 11);
    }
    s.append("<line x1=\"").append(Svg.px(LEFT)).append("\" x2=\"").append(Svg.px(WIDTH - RIGHT)).append("\" y1=\"")
        .append(Svg.px(HEIGHT - BOTTOM)).append("\" y2=\"").append(Svg.px(HEIGHT - BOTTOM)).append("\" stroke=\"#888\"/>");
    text(s, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, "middle", label, 13);
  }

  private static void categoryTicks(StringBuilder s, Axis ax, List<String> x, String label) {
    int every = Math.max(1, (int) Math.ceil(x.size() / 10.0));
    for (int i = 0; i < x.size(); i += every) {
      text(s, ax.px(i), HEIGHT - BOTTOM + 16, "middle", x.get(i), 11);
    }
    s.append("<line x1=\"").append(Svg.px(LEFT)).append("\" x2=\"").append(Svg.px(WIDTH - RIGHT)).append("\" y1=\"")
        .append(Svg.px(HEIGHT - BOTTOM)).append("\" y2=\"").append(Svg.px(HEIGHT - BOTTOM)).append("\" stroke=\"#888\"/>");
    text(s, (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, "middle", label, 13);
  }

  private static void polyline(StringBuilder s, Axis ax, Axis ay, double[] x, double[] y, String colour, String name) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < y.length; i++) {
      d.append(i == 0 ? "M" : "L").append(Svg.px(ax.px(x[i]))).append(',').append(Svg.px(ay.px(y[i])));
    }
    s.append("<path class=\"series\" data-series=\"").append(Svg.escape(name)).append("\" d=\"").append(d)
        .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
    for (int i = 0; i < y.length; i++) {
      s.append("<circle class=\"point\" cx=\"").append(Svg.px(ax.px(x[i]))).append("\" cy=\"").append(Svg.px(ay.px(y[i])))
          .append("\" r=\"2.5\" fill=\"").append(colour).append("\"/>");
    }
  }

  private static void legend(StringBuilder s, List<String> names, String[] colours) {
    double x = LEFT + 10;
    double y = TOP + 6;
    for (int k = 0; k < names.size(); k++) {
      s.append("<rect x=\"").append(Svg.px(x)).append("\" y=\"").append(Svg.px(y + 16 * k)).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(colours[k]).append("\"/>");
      text(s, x + 14, y + 16 * k + 9, "start", names.get(k), 11);
    }
  }

  private static void text(StringBuilder s, double x, double y, String anchor, String text, int size) {
    s.append("<text x=\"").append(Svg.px(x)).append("\" y=\"").append(Svg.px(y)).append("\" font-size=\"").append(size)
        .append("\" text-anchor=\"").append(anchor).append("\">").append(Svg.escape(text)).append("</text>");
  }

  private static double[] indices(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  private static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        m = Math.min(m, v);
      }
    }
    return m == Double.POSITIVE_INFINITY ? 0 : m;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        m = Math.max(m, v);
      }
    }
    return m == Double.NEGATIVE_INFINITY ? 1 : m;
  }
}
