package io.quantbeam.pipelines.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one-screen summary a run prints at its end and shows as the Run section of its report: a
 * headline and labelled facts, in order.
 */
public final class RunSummary {

  private final String pipeline;
  private final String headline;
  private final int labelWidth;
  private final Map<String, String> facts = new LinkedHashMap<>();

  /** @param labelWidth the width the labels are padded to in the printed text */
  public RunSummary(String pipeline, String headline, int labelWidth) {
    this.pipeline = pipeline;
    this.headline = headline;
    this.labelWidth = labelWidth;
  }

  public RunSummary fact(String label, String value) {
    facts.put(label, value);
    return this;
  }

  public String headline() {
    return headline;
  }

  /** The facts, by label, in the order they were added. */
  public Map<String, String> facts() {
    return facts;
  }

  /** The printed form: a blank line, {@code <pipeline>  <headline>}, then one indented line per fact. */
  public String text() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n%s  %s%n", pipeline, headline));
    String line = "  %-" + labelWidth + "s %s%n";
    facts.forEach((label, value) -> s.append(String.format(Locale.ROOT, line, label, value)));
    return s.toString();
  }
}
