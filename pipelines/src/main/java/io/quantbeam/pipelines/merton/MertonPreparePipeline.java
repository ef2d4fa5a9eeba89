package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.io.DeadLetterOutput;
import io.quantbeam.pipelines.io.OutputStaging;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.merton.wrds.CcmLinkFile;
import io.quantbeam.pipelines.merton.wrds.CompustatQuarterlyFile;
import io.quantbeam.pipelines.merton.wrds.CrspDailyFile;
import io.quantbeam.pipelines.merton.wrds.FredRateFile;
import io.quantbeam.pipelines.merton.wrds.RawRowParser;
import io.quantbeam.pipelines.merton.wrds.ReadRawRows;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.run.PipelineRun;
import io.quantbeam.pipelines.run.Progress;
import io.quantbeam.pipelines.run.RunMetrics;
import io.quantbeam.pipelines.run.RunSummary;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.prepare.JoinFirmDays;
import io.quantbeam.transforms.prepare.PrepareMetrics;
import io.quantbeam.transforms.prepare.RatesAsOf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * {@code merton-prepare}: raw WRDS-style files → the {@code merton} input format, so that
 * {@code merton-prepare} then {@code merton} is the whole study. CRSP daily rows give the equity
 * value (|PRC| × SHROUT / 1,000, millions of dollars); Compustat quarters linked through the CCM
 * table give the default point (DLCQ + ½·DLTTQ, millions), usable from datadate +
 * {@code --reportingLagDays} on and carried forward; FRED's DGS1 gives the rate (percent → decimal).
 * read → parse (dead letters) → group per permno → as-of join → write.
 */
public final class MertonPreparePipeline {

  static final String PREFIX = "firms";

  private MertonPreparePipeline() {}

  /** The catalog entry: {@code -Dpipeline=merton-prepare}. */
  public static final PipelineEntry<MertonPrepareOptions> ENTRY = new PipelineEntry<>("merton-prepare",
      "Raw CRSP daily, Compustat quarterly, CCM links and FRED DGS1 joined into the merton input",
      MertonPrepareOptions.class, MertonPreparePipeline::run);

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(MertonPrepareOptions options) {
    FileFormat outputFormat = FileFormat.parse("outputFormat", options.getOutputFormat());
    FileFormat inputFormat = "auto".equalsIgnoreCase(options.getInputFormat().trim())
        ? null : FileFormat.parse("inputFormat", options.getInputFormat());
    if (options.getReportingLagDays() < 0) {
      throw new IllegalArgumentException("--reportingLagDays must be >= 0, got " + options.getReportingLagDays());
    }
    String output = options.getOutput() != null ? options.getOutput() : "out/merton-prepared";
    PipelineRun run = ENTRY.start(options); // before any file is touched: it sets up s3:// with these options
    RawFiles raw = options.getCrsp() == null || options.getCrsp().isBlank()
        ? SampleRawFiles.write(OutputPaths.child(output, "raw"), options.getRawSampleFirms(), options.getRawSampleYears(), 42)
        : RawFiles.of(options);
    int shards = options.getFirmShards() > 0 ? options.getFirmShards() : 4 * Runners.parallelism(options);

    Pipeline pipeline = Pipeline.create(options);
    PCollectionList<DeadLetter> rejected = PCollectionList.empty(pipeline);
    PCollectionTuple joined;
    try {
      RatesAsOf rates = FredRateFile.read(raw.rates(), inputFormat);
      boolean compustatLinked = checkHeaders("--compustat", raw.compustat(), inputFormat,
          new CompustatQuarterlyFile(Map.of(), 0));
      if (!compustatLinked && raw.links() == null) {
        throw new IllegalArgumentException("--compustat files have GVKEY but no PERMNO column: give the CCM link table "
            + "with --links=<file with gvkey, LPERMNO, LINKDT, LINKENDDT>");
      }
      Map<String, List<CcmLinkFile.Link>> links = raw.links() == null ? Map.of() : CcmLinkFile.read(raw.links(), inputFormat);
      checkHeaders("--crsp", raw.crsp(), inputFormat, new CrspDailyFile());

      PCollectionTuple crsp = pipeline.apply("ReadCrsp",
          new ReadRawRows(raw.crsp(), inputFormat, new CrspDailyFile(), PrepareMetrics.CRSP_ROWS_IN));
      PCollectionTuple compustat = pipeline.apply("ReadCompustat", new ReadRawRows(raw.compustat(), inputFormat,
          new CompustatQuarterlyFile(links, options.getReportingLagDays()), PrepareMetrics.COMPUSTAT_ROWS_IN));
      joined = PCollectionTuple.of(JoinFirmDays.CRSP, crsp.get(ReadRawRows.CHUNKS))
          .and(JoinFirmDays.DEBT, compustat.get(ReadRawRows.CHUNKS))
          .apply("JoinPerFirm", new JoinFirmDays(shards, rates));
      rejected = rejected.and(crsp.get(ReadRawRows.REJECTED)).and(compustat.get(ReadRawRows.REJECTED))
          .and(joined.get(JoinFirmDays.REJECTED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the raw files or prepare " + output + ": " + e.getMessage(), e);
    }
    OutputStaging staging = run.stage(output, List.of(PREFIX + "-*", DeadLetterOutput.FOLDER + "/*"));
    joined.get(JoinFirmDays.FIRMS).apply("WriteFirms",
        FirmInputSinks.PREPARED.writeTo(staging.location(), PREFIX, outputFormat));
    DeadLetterOutput.writeAll(rejected, staging.location(), PrepareMetrics.NAMESPACE);

    PipelineResult result = run.execute(pipeline, Progress.of(PrepareMetrics.NAMESPACE, PrepareMetrics.FIRMS_WRITTEN,
        "firms", () -> 0), staging);
    run.finishGenerator(output, "Merton input prepared from raw files",
        summary(RunMetrics.of(result, PrepareMetrics.NAMESPACE), output, outputFormat, run.seconds()), result);
    return result;
  }

  /**
   * Opens every file of a glob once and checks its header, before any work starts.
   *
   * @return true when every file names the permno itself (only asked of Compustat files)
   */
  private static boolean checkHeaders(String option, String glob, FileFormat formatOrNull, RawRowParser.Kind kind)
      throws IOException {
    MatchResult match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException(option + " matched no files: " + glob);
    }
    boolean allLinked = true;
    for (MatchResult.Metadata file : files) {
      String source = file.resourceId().toString();
      try (TabularReader reader = TabularReader.open(file, formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source))) {
        kind.open(source, reader.header());
        allLinked &= CompustatQuarterlyFile.hasOwnLink(reader.header());
      }
    }
    return allLinked;
  }

  private static RunSummary summary(RunMetrics m, String output, FileFormat format, double seconds) {
    long in = m.counter(PrepareMetrics.CRSP_ROWS_IN);
    return new RunSummary(ENTRY.name(), String.format(Locale.ROOT, "%,d firms, %,d firm-days in %.1f s",
        m.counter(PrepareMetrics.FIRMS_WRITTEN), m.counter(PrepareMetrics.ROWS_WRITTEN), seconds), 14)
        .fact("CRSP rows in", String.format(Locale.ROOT,
            "%,d = %,d written + %,d without a public default point + %,d without a rate + %,d rejected (all files)",
            in, m.counter(PrepareMetrics.ROWS_WRITTEN), m.counter(PrepareMetrics.ROWS_WITHOUT_DEFAULT_POINT),
            m.counter(PrepareMetrics.ROWS_WITHOUT_RATE), m.counter(DeadLetterOutput.REJECTED)))
        .fact("Compustat", String.format(Locale.ROOT,
            "%,d quarters in, %,d without a link, %,d with one debt item missing (taken as 0)",
            m.counter(PrepareMetrics.COMPUSTAT_ROWS_IN), m.counter(PrepareMetrics.COMPUSTAT_ROWS_UNLINKED),
            m.counter(PrepareMetrics.DEBT_ITEM_MISSING_AS_ZERO)))
        .fact("units", FirmInputSinks.PREPARED_UNITS)
        .fact("output", OutputPaths.child(output, PREFIX + "-*" + format.suffix()))
        .fact("dead letters", OutputPaths.child(output, DeadLetterOutput.FOLDER));
  }

  /** Where the four raw inputs are. */
  record RawFiles(String crsp, String compustat, String links, String rates) {
    static RawFiles of(MertonPrepareOptions options) {
      if (options.getCompustat() == null || options.getCompustat().isBlank()) {
        throw new IllegalArgumentException("--compustat is required with --crsp");
      }
      if (options.getRates() == null || options.getRates().isBlank()) {
        throw new IllegalArgumentException("--rates is required with --crsp: a FRED DGS1 file (DATE,DGS1 in percent)");
      }
      String links = options.getLinks() == null || options.getLinks().isBlank() ? null : options.getLinks();
      return new RawFiles(options.getCrsp(), options.getCompustat(), links, options.getRates());
    }
  }
}
