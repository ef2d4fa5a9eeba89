package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.io.CheckedInput;
import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.models.stress.CorrelatedShockGenerator;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.HistoricalShocks;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.Position;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.models.stress.ScenarioLayout;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.report.RunManifest;
import io.quantbeam.transforms.deadletter.DeadLetter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Everything read and checked before the run starts: the market, the portfolio (invalid positions
 * stop the run unless skipped), and the scenarios — generated (a count, a covariance whose factors
 * the market has and which factors, and a seed) or files (whose headers name only factors the
 * market has). Without any input option, the built-in sample is written to
 * {@code <output>/sample-inputs/} and read back like any input.
 */
record StressInputs(MarketData market, List<Position> positions, List<DeadLetter> invalidPositions,
    Scenarios scenarios, String description, List<String> inputPatterns) {

  static final String SAMPLE_FOLDER = "sample-inputs";
  static final int SAMPLE_HORIZON_DAYS = 10;

  /** Where the scenarios come from. */
  sealed interface Scenarios permits Generated, Files, History {
    ScenarioLayout layout();
  }

  record Generated(long count, FactorCovariance covariance, long seed) implements Scenarios {
    @Override
    public ScenarioLayout layout() {
      return covariance.layout();
    }
  }

  record Files(CheckedInput input, ScenarioLayout layout) implements Scenarios {
    String pattern() {
      return input.pattern();
    }
  }

  /** Historical simulation: the scenarios are built before the run from a small history file. */
  record History(HistoryFile.Loaded loaded, int horizonDays) implements Scenarios {
    @Override
    public ScenarioLayout layout() {
      return loaded.layout();
    }
  }

  static StressInputs load(StressOptions options, String output) throws IOException {
    String portfolio = options.getPortfolio();
    String market = options.getMarket();
    String scenarios = options.getScenarios();
    String covariance = options.getCovariance();
    String description = null;
    String history = options.getHistory();
    if (!blank(history)) {
      if (!blank(scenarios) || !blank(covariance)) {
        throw new IllegalArgumentException("--history builds the scenarios itself: give no --scenarios or --covariance");
      }
      if (horizonDays(options) < 1) {
        throw new IllegalArgumentException("--horizonDays must be >= 1, got " + options.getHorizonDays());
      }
      scenarios = history;
    } else if (!blank(options.getFrom()) || !blank(options.getTo())) {
      throw new IllegalArgumentException("--from and --to select a window of --history; there is no --history");
    }
    if (blank(portfolio) && blank(market) && blank(scenarios) && blank(covariance)) {
      String folder = OutputPaths.child(output, SAMPLE_FOLDER);
      long seed = options.getSeed();
      MarketData sampleMarket = SampleMarket.generate(seed);
      market = StressInputWriter.market(folder, sampleMarket);
      covariance = StressInputWriter.covariance(folder,
          SampleCovariance.generate(sampleMarket, seed, SAMPLE_HORIZON_DAYS));
      portfolio = StressInputWriter.portfolio(folder,
          SamplePortfolio.generate(sampleMarket, options.getSamplePositions(), seed), FileFormat.CSV);
      scenarios = Long.toString(options.getSampleScenarios());
      description = String.format(Locale.ROOT, "built-in sample, %d-day horizon, inputs in %s", SAMPLE_HORIZON_DAYS,
          folder);
    }
    List<String> missing = new ArrayList<>();
    if (blank(portfolio)) {
      missing.add("--portfolio");
    }
    if (blank(market)) {
      missing.add("--market");
    }
    if (blank(scenarios)) {
      missing.add("--scenarios");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing " + String.join(", ", missing)
          + " (give --portfolio, --market and --scenarios, or none of them for the built-in sample)");
    }

    MarketData marketData = readMarket(market);
    PortfolioFiles.Loaded loaded = PortfolioFiles.read(portfolio, marketData);
    if (!loaded.rejected().isEmpty() && !options.getSkipInvalidPositions()) {
      throw new IllegalArgumentException(PortfolioFiles.describe(loaded.rejected(), 10));
    }
    if (loaded.positions().isEmpty()) {
      throw new IllegalArgumentException("--portfolio " + portfolio + " has no valid position (" + loaded.rows()
          + " rows read, " + loaded.rejected().size() + " rejected)");
    }
    Scenarios source = !blank(history)
        ? new History(HistoryFile.read(history.trim(), marketData, horizonDays(options), date("from",
            options.getFrom()), date("to", options.getTo())), horizonDays(options))
        : scenarios(scenarios.trim(), covariance, options.getSeed(), marketData);
    if (source instanceof History h && h.loaded().scenarios().isEmpty()) {
      throw new IllegalArgumentException("--history " + history + " gives no scenario: " + h.loaded().rowsRead()
          + " rows read, " + h.loaded().rejected().size() + " rejected, horizon " + h.horizonDays()
          + " day(s), window " + (blank(options.getFrom()) ? "…" : options.getFrom()) + " to "
          + (blank(options.getTo()) ? "…" : options.getTo()));
    }
    if (description == null) {
      description = portfolio + ", " + market;
    }
    List<String> patterns = new ArrayList<>(List.of(market, portfolio));
    if (source instanceof History) {
      patterns.add(history);
    } else if (!(source instanceof Files)) {
      patterns.add(covariance);
    }
    return new StressInputs(marketData, loaded.positions(), loaded.rejected(), source, description, patterns);
  }

  private static Scenarios scenarios(String scenarios, String covariancePath, long seed, MarketData market)
      throws IOException {
    if (scenarios.matches("[+-]?\\d+")) {
      long count;
      try {
        count = Long.parseLong(scenarios);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--scenarios=" + scenarios + " is too large a count");
      }
      if (count < 1) {
        throw new IllegalArgumentException("--scenarios must be a count >= 1 or a file glob, got " + scenarios);
      }
      if (blank(covariancePath)) {
        throw new IllegalArgumentException("--scenarios=" + count + " generates scenarios from a factor covariance: "
            + "give --covariance=<csv>");
      }
      FactorCovariance covariance = readCovariance(covariancePath);
      covariance.layout().requireIn(market, "--covariance " + covariancePath);
      try {
        new CorrelatedShockGenerator(covariance.layout(), covariance.matrix(), seed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--covariance " + covariancePath + ": " + e.getMessage(), e);
      }
      return new Generated(count, covariance, seed);
    }
    if (!blank(covariancePath)) {
      throw new IllegalArgumentException("--covariance is only used with --scenarios=<count>; "
          + "scenario files carry their own shocks");
    }
    ScenarioFiles.Checked checked = ScenarioFiles.check(scenarios, market);
    return new Files(checked.files(), checked.layout());
  }

  /** --horizonDays of a historical simulation: 1 unless given. */
  private static int horizonDays(StressOptions options) {
    return options.getHorizonDays() == null ? 1 : options.getHorizonDays();
  }

  private static java.time.LocalDate date(String option, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--" + option + " must be a date yyyy-mm-dd, got " + text);
    }
  }

  private static MarketData readMarket(String path) throws IOException {
    MatchResult.Metadata file = InputFiles.single("market", path);
    try (InputStream in = InputFiles.open(file)) {
      return MarketJson.read(in, "--market " + file.resourceId());
    }
  }

  private static FactorCovariance readCovariance(String path) throws IOException {
    MatchResult.Metadata file = InputFiles.single("covariance", path);
    try (InputStream in = InputFiles.open(file)) {
      return CovarianceCsv.read(in, "--covariance " + file.resourceId());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Dead letters known before the run that are not scenarios: invalid positions and bad history rows. */
  List<DeadLetter> rejectedBeforeRun() {
    List<DeadLetter> all = new ArrayList<>(invalidPositions);
    if (scenarios instanceof History h) {
      all.addAll(h.loaded().rejected());
    }
    return all;
  }

  /** Every input file, for the run manifest. */
  List<String> files() {
    List<String> files = new ArrayList<>();
    inputPatterns.forEach(p -> files.addAll(RunManifest.list(p)));
    if (scenarios instanceof Files f) {
      files.addAll(f.input().paths()); // as checked: the glob is not matched again
    }
    return files;
  }

  /** How the scenarios are described in the report. */
  String scenarioSource() {
    if (scenarios instanceof Generated g) {
      return String.format(Locale.ROOT, "generated from the covariance of %d factors, seed %d",
          g.covariance().layout().size(), g.seed());
    }
    if (scenarios instanceof History h) {
      HistoryFile.Loaded l = h.loaded();
      return String.format(Locale.ROOT, "historical simulation, %s: %d-day changes ending %s … %s, %d factors",
          l.source(), h.horizonDays(), HistoricalShocks.dateOf(l.scenarios().get(0).scenarioId()),
          HistoricalShocks.dateOf(l.scenarios().get(l.scenarios().size() - 1).scenarioId()), l.layout().size());
    }
    Files f = (Files) scenarios;
    return String.format(Locale.ROOT, "%s: %d file(s), %d factors", f.pattern(), f.input().files().size(),
        f.layout().size());
  }
}
