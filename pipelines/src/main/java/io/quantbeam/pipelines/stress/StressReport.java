package io.quantbeam.pipelines.stress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.models.stress.ConfidenceLevel;
import io.quantbeam.models.stress.HistoricalShocks;
import io.quantbeam.models.stress.Histogram;
import io.quantbeam.models.stress.SeriesFigures;
import io.quantbeam.models.stress.TopLosses;
import io.quantbeam.pipelines.report.Charts;
import io.quantbeam.pipelines.report.HtmlReport;
import io.quantbeam.transforms.deadletter.DeadLetter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stress report of specs/stress.md, in base currency: N; base value, mean and sample standard
 * deviation of P&amp;L; VaR and ES per level, in total and per book (positive numbers are losses);
 * the worst scenarios; the histogram of total P&amp;L. Rendered as {@code report.json} and as a
 * one-screen text summary.
 */
final class StressReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HISTOGRAM_BAR = 40;
  /** Positions listed per level in report.json and report.html, and in report.txt. */
  private static final int TOP_CONTRIBUTORS = 10;
  private static final int TEXT_CONTRIBUTORS = 5;

  /** Figures of one series: the total or a book. */
  record Figures(String name, double baseValue, SeriesFigures series, Map<String, Double> var, Map<String, Double> es) {}

  private final ReportContext context;
  private final long scenarios;
  private final long scenariosRejected;
  private final Figures total;
  private final List<Figures> books;
  private final TopLosses.Ranked worst;
  private final Histogram histogram;
  /** Null when no scenario was evaluated. */
  private final RiskContributions contributions;

  /**
   * @param figures by series index (0 the total, 1 + b book b); a series without scenarios may be
   *     absent
   */
  StressReport(ReportContext context, Map<Integer, SeriesFigures> figures, Histogram histogram,
      long scenariosRejected, RiskContributions contributions) {
    this.context = context;
    SeriesFigures none = SeriesFigures.empty(context.allLevels());
    SeriesFigures totalFigures = figures.getOrDefault(0, none);
    this.scenarios = totalFigures.count();
    this.scenariosRejected = scenariosRejected;
    this.total = figures("total", context.baseValue(), totalFigures);
    this.books = new ArrayList<>();
    for (int b = 0; b < context.books().size(); b++) {
      books.add(figures(context.books().get(b), context.baseValueByBook()[b], figures.getOrDefault(1 + b, none)));
    }
    this.worst = totalFigures.worst();
    this.histogram = histogram;
    this.contributions = contributions;
  }

  private Figures figures(String name, double baseValue, SeriesFigures series) {
    Map<String, Double> var = new LinkedHashMap<>();
    for (ConfidenceLevel level : context.varLevels()) {
      var.put(level.text(), series.tailRisk(level.text()).valueAtRisk());
    }
    Map<String, Double> es = new LinkedHashMap<>();
    for (ConfidenceLevel level : context.esLevels()) {
      es.put(level.text(), series.tailRisk(level.text()).expectedShortfall());
    }
    return new Figures(name, baseValue, series, var, es);
  }

  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("baseCurrency", context.baseCurrency());
    root.put("scenarios", scenarios);
    root.put("scenariosRejected", scenariosRejected);
    root.put("scenarioSource", context.scenarioSource());
    root.put("positions", context.positions());
    number(root, "baseValue", context.baseValue());
    number(root, "mean", total.series().mean());
    number(root, "std", total.series().standardDeviation());
    number(root, "min", total.series().min());
    number(root, "max", total.series().max());
    levels(root.putObject("var"), total.var());
    levels(root.putObject("es"), total.es());
    ObjectNode bookNodes = root.putObject("books");
    for (Figures book : books) {
      ObjectNode node = bookNodes.putObject(book.name());
      number(node, "baseValue", book.baseValue());
      number(node, "mean", book.series().mean());
      number(node, "std", book.series().standardDeviation());
      levels(node.putObject("var"), book.var());
      levels(node.putObject("es"), book.es());
    }
    ArrayNode worstNodes = root.putArray("worst");
    for (int i = 0; i < worstCount(); i++) {
      ObjectNode w = worstNodes.addObject();
      w.put("scenario_id", worst.scenarioIds()[i]);
      if (context.history() != null) {
        w.put("date", HistoricalShocks.dateOf(worst.scenarioIds()[i]).toString());
      }
      number(w, "loss", worst.losses()[i]);
    }
    ObjectNode hist = root.putObject("histogram");
    ArrayNode edges = hist.putArray("edges");
    for (double e : histogram.edges()) {
      edges.add(e);
    }
    ArrayNode counts = hist.putArray("counts");
    for (long c : histogram.counts()) {
      counts.add(c);
    }
    if (contributions != null) {
      ObjectNode byLevel = root.putObject("contributions");
      for (RiskContributions.Level level : contributions.levels()) {
        ObjectNode node = byLevel.putObject(level.level());
        node.put("tailScenarios", level.values().tailCount());
        node.put("varScenario", level.values().varScenarioId());
        ObjectNode bookNodes2 = node.putObject("books");
        for (int b = 0; b < contributions.books().size(); b++) {
          ObjectNode book = bookNodes2.putObject(contributions.books().get(b));
          number(book, "var", level.values().varByBook()[b]);
          number(book, "es", level.values().esByBook()[b]);
        }
        ArrayNode top = node.putArray("topPositions");
        for (int p : contributions.topPositions(level, TOP_CONTRIBUTORS)) {
          ObjectNode position = top.addObject();
          position.put("position_id", contributions.positionIds().get(p));
          position.put("book", contributions.books().get(contributions.positionBooks()[p]));
          number(position, "var", level.values().varByPosition()[p]);
          number(position, "es", level.values().esByPosition()[p]);
        }
      }
    }
    if (context.history() != null) {
      ObjectNode history = root.putObject("history");
      history.put("rowsRejected", context.history().rowsRejected());
      ArrayNode notShocked = history.putArray("notShocked");
      context.history().notShocked().forEach(notShocked::add);
    }
    ArrayNode invalid = root.putArray("invalidPositions");
    for (DeadLetter d : context.invalidPositions()) {
      ObjectNode node = invalid.addObject();
      node.put("source", d.source());
      node.put("line", d.line());
      node.put("reason", d.reason());
      node.put("detail", d.detail());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private int worstCount() {
    return Math.min(context.worstToList(), worst.size());
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static void levels(ObjectNode node, Map<String, Double> values) {
    values.forEach((level, value) -> number(node, level, value));
  }

  String toText() {
    StringBuilder s = new StringBuilder();
    String ccy = context.baseCurrency();
    line(s, "scenarios", String.format(Locale.ROOT, "%,d evaluated (%s), %,d rejected", scenarios,
        context.scenarioSource(), scenariosRejected));
    line(s, "portfolio", String.format(Locale.ROOT, "%,d positions in %d books, %,d invalid position rows%s",
        context.positions(), books.size(), context.invalidPositions().size(),
        context.invalidPositions().isEmpty() ? "" : " (dead-lettered)"));
    line(s, "base value", ccy + " " + money(context.baseValue()));
    line(s, "P&L", String.format(Locale.ROOT, "mean %s, std %s, min %s, max %s", money(total.series().mean()),
        money(total.series().standardDeviation()), money(total.series().min()), money(total.series().max())));
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-16s %20s", "", "base value"));
    context.varLevels().forEach(l -> header.append(String.format(Locale.ROOT, " %17s", "VaR " + percent(l))));
    context.esLevels().forEach(l -> header.append(String.format(Locale.ROOT, " %17s", "ES " + percent(l))));
    s.append(header).append(System.lineSeparator());
    allFigures().forEach(f -> row(s, f));
    if (worstCount() > 0) {
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < worstCount(); i++) {
        w.append(i == 0 ? "" : ", ").append(context.history() == null ? "#" : "")
            .append(scenarioName(worst.scenarioIds()[i])).append(' ')
            .append(money(worst.losses()[i]));
      }
      line(s, "worst losses", w.toString());
    }
    if (context.history() != null) {
      line(s, "history", String.format(Locale.ROOT, "%,d rows rejected (dead-lettered); not shocked (no history): %s",
          context.history().rowsRejected(), context.history().notShocked().isEmpty() ? "none"
              : String.join(", ", context.history().notShocked())));
    }
    if (contributions != null) {
      for (RiskContributions.Level level : contributions.levels()) {
        StringBuilder top = new StringBuilder();
        for (int p : contributions.topPositions(level, TEXT_CONTRIBUTORS)) {
          top.append(top.length() == 0 ? "" : ", ").append(contributions.positionIds().get(p)).append(' ')
              .append(money(level.values().esByPosition()[p]));
        }
        line(s, "ES " + level.level() + " from", top.toString() + " (largest contributions; all in contributions-*)");
      }
    }
    if (histogram.counts().length > 0) {
      s.append("  histogram of total P&L (").append(ccy).append(')').append(System.lineSeparator());
      long[] counts = histogram.counts();
      double[] edges = histogram.edges();
      long most = 1;
      for (long c : counts) {
        most = Math.max(most, c);
      }
      for (int b = 0; b < counts.length; b++) {
        int bar = (int) Math.round((double) counts[b] / most * HISTOGRAM_BAR);
        s.append(String.format(Locale.ROOT, "    %18s … %-18s %9d %s%n", money(edges[b]), money(edges[b + 1]),
            counts[b], "#".repeat(bar)));
      }
    }
    return s.toString();
  }

  /** The report as a self-contained HTML page: figures, tail risk per book, histogram, worst scenarios. */
  String toHtml(String title) {
    String ccy = context.baseCurrency();
    HtmlReport html = new HtmlReport(title, context.scenarioSource());
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("scenarios evaluated", String.format(Locale.ROOT, "%,d", scenarios));
    facts.put("scenarios rejected", String.format(Locale.ROOT, "%,d", scenariosRejected));
    facts.put("positions", String.format(Locale.ROOT, "%,d in %d books (%d invalid rows)", context.positions(),
        books.size(), context.invalidPositions().size()));
    facts.put("base value", ccy + " " + money(context.baseValue()));
    if (context.history() != null) {
      facts.put("history rows rejected", String.format(Locale.ROOT, "%,d", context.history().rowsRejected()));
      facts.put("not shocked (not in the history)", context.history().notShocked().isEmpty() ? "none"
          : String.join(", ", context.history().notShocked()));
    }
    facts.put("mean P&L", money(total.series().mean()));
    facts.put("std of P&L", money(total.series().standardDeviation()));
    html.section("Summary (" + ccy + ")").facts(facts);
    List<String> headers = new ArrayList<>(List.of("", "base value"));
    context.varLevels().forEach(l -> headers.add("VaR " + percent(l)));
    context.esLevels().forEach(l -> headers.add("ES " + percent(l)));
    List<List<String>> rows = new ArrayList<>();
    for (Figures f : allFigures()) {
      List<String> row = new ArrayList<>(List.of(f.name(), money(f.baseValue())));
      f.var().values().forEach(v -> row.add(money(v)));
      f.es().values().forEach(v -> row.add(money(v)));
      rows.add(row);
    }
    html.section("Value at risk and expected shortfall (losses, " + ccy + ")").table(headers, rows);
    List<String> charts = new ArrayList<>();
    if (histogram.counts().length > 0) {
      List<Charts.Marker> markers = new ArrayList<>();
      total.var().forEach((level, v) -> markers.add(new Charts.Marker("VaR " + level, -v)));
      total.es().forEach((level, v) -> markers.add(new Charts.Marker("ES " + level, -v)));
      charts.add(Charts.histogram("pnl", "Total P&L per scenario, VaR and ES marked (as P&L)", "P&L (" + ccy + ")",
          "scenarios", histogram.edges(), histogram.counts(), markers));
    }
    charts.add(tailRiskPerBook(ccy));
    List<List<String>> worstRows = new ArrayList<>();
    List<String> worstIds = new ArrayList<>();
    double[] worstLosses = new double[worstCount()];
    for (int i = 0; i < worstCount(); i++) {
      worstRows.add(List.of(scenarioName(worst.scenarioIds()[i]), money(worst.losses()[i])));
      worstIds.add(scenarioName(worst.scenarioIds()[i]));
      worstLosses[i] = worst.losses()[i];
    }
    charts.add(Charts.bars("worst", "Worst scenarios", "scenario_id", "loss (" + ccy + ")", worstIds,
        List.of(new Charts.Series("loss", worstLosses))));
    if (contributions != null) {
      charts.add(contributionsPerBook(ccy));
    }
    html.section("Charts").charts(charts);
    if (contributions != null) {
      List<String> contributionHeaders = new ArrayList<>(List.of("position", "book"));
      RiskContributions.Level first = contributions.levels().get(0);
      contributions.levels().forEach(l -> {
        contributionHeaders.add("VaR " + l.level());
        contributionHeaders.add("ES " + l.level());
      });
      List<List<String>> contributionRows = new ArrayList<>();
      for (int p : contributions.topPositions(first, TOP_CONTRIBUTORS)) {
        List<String> row = new ArrayList<>(List.of(contributions.positionIds().get(p),
            contributions.books().get(contributions.positionBooks()[p])));
        contributions.levels().forEach(l -> {
          row.add(money(l.values().varByPosition()[p]));
          row.add(money(l.values().esByPosition()[p]));
        });
        contributionRows.add(row);
      }
      html.section("Largest risk contributions (by ES at " + first.level() + ", losses, " + ccy + ")")
          .table(contributionHeaders, contributionRows);
    }
    html.section("Worst scenarios").table(List.of("scenario_id", "loss"), worstRows);
    if (!context.invalidPositions().isEmpty()) {
      List<List<String>> invalid = new ArrayList<>();
      context.invalidPositions().forEach(d -> invalid.add(List.of(d.reason(), d.detail())));
      html.section("Invalid positions (dead-lettered, not in any figure)").table(List.of("reason", "detail"), invalid);
    }
    html.note("VaR at level α is the m-th largest loss and ES the mean of the m largest, m = ⌈(1 − α)·N⌉ in exact "
        + "decimal; losses are positive. Mean and standard deviation (N − 1) come from exact sums.");
    return html.render();
  }

  /** Each book's contribution to the total's VaR and ES (Euler: they add up to the total), one bar per level. */
  private String contributionsPerBook(String ccy) {
    List<Charts.Series> series = new ArrayList<>();
    for (RiskContributions.Level level : contributions.levels()) {
      series.add(new Charts.Series("VaR " + level.level(), level.values().varByBook()));
      series.add(new Charts.Series("ES " + level.level(), level.values().esByBook()));
    }
    return Charts.bars("contributions", "Contributions of each book to the total's VaR and ES", "book",
        "loss (" + ccy + ")", contributions.books(), series);
  }

  /** VaR and ES of every book and the total, one bar per level. */
  private String tailRiskPerBook(String ccy) {
    List<Figures> all = allFigures();
    List<String> names = all.stream().map(Figures::name).toList();
    List<Charts.Series> series = new ArrayList<>();
    for (String level : total.var().keySet()) {
      series.add(new Charts.Series("VaR " + level, all.stream().mapToDouble(f -> f.var().get(level)).toArray()));
    }
    for (String level : total.es().keySet()) {
      series.add(new Charts.Series("ES " + level, all.stream().mapToDouble(f -> f.es().get(level)).toArray()));
    }
    return Charts.bars("tail-risk", "VaR and ES per book (losses)", "book", "loss (" + ccy + ")", names, series);
  }

  private List<Figures> allFigures() {
    List<Figures> all = new ArrayList<>();
    all.add(total);
    all.addAll(books);
    return all;
  }

  private void row(StringBuilder s, Figures f) {
    s.append(String.format(Locale.ROOT, "  %-16s %20s", f.name(), money(f.baseValue())));
    f.var().values().forEach(v -> s.append(String.format(Locale.ROOT, " %17s", money(v))));
    f.es().values().forEach(v -> s.append(String.format(Locale.ROOT, " %17s", money(v))));
    s.append(System.lineSeparator());
  }

  /** A scenario as the reader knows it: its id, or its date for historical scenarios. */
  private String scenarioName(long id) {
    return context.history() != null ? HistoricalShocks.dateOf(id).toString() : Long.toString(id);
  }

  private static String percent(ConfidenceLevel level) {
    return level.value().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String money(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value) : "n/a";
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append(String.format(Locale.ROOT, "  %-16s %s%n", label, value));
  }
}
