package io.quantbeam.pipelines.report;

import java.util.Locale;

/** Minimal SVG text building: escaping and compact number formatting. */
final class Svg {

  private Svg() {}

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** A coordinate with two decimals: enough for screen pixels, short in the file. */
  static String px(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A tick label: few significant digits, thousands separators for large values. */
  static String tick(double value) {
    double a = Math.abs(value);
    if (value == 0) {
      return "0";
    }
    if (a >= 1e6 || a < 1e-3) {
      return String.format(Locale.ROOT, "%.2g", value);
    }
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
    }
    return String.format(Locale.ROOT, "%.3g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }
}
