package io.quantbeam.pipelines.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check every run prints: rows in = used + rejected (+ any other named outcome), so that no
 * row is lost silently. Its text reads {@code 2,000 = 1,990 used + 10 rejected}, with
 * {@code (MISMATCH)} appended when the parts do not add up.
 */
public final class RowBalance {

  private final long in;
  private final List<String> parts = new ArrayList<>();
  private long sum;

  private RowBalance(long in) {
    this.in = in;
  }

  /** Rows in, then the outcomes they must add up to: {@code of(in).part(used, "used").part(rejected, "rejected")}. */
  public static RowBalance of(long in) {
    return new RowBalance(in);
  }

  public RowBalance part(long rows, String outcome) {
    parts.add(String.format(Locale.ROOT, "%,d %s", rows, outcome));
    sum += rows;
    return this;
  }

  public boolean balanced() {
    return in == sum;
  }

  public String text() {
    return String.format(Locale.ROOT, "%,d = %s%s", in, String.join(" + ", parts), balanced() ? "" : "  (MISMATCH)");
  }
}
