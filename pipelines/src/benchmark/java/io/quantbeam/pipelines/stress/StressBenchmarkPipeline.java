package io.quantbeam.pipelines.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.stress.CorrelatedShockGenerator;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.models.stress.ScenarioRandom;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.pipelines.io.BatchParquetSink;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.pipelines.io.ParquetRowWriter;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.pipelines.run.PipelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * {@code stress-benchmark}: the scale check of scenarios from files against generated ones. Writes a
 * sample market, covariance and portfolio, then the same N scenarios the generated run draws — but
 * with sparse ids (SplitMix64 of the index: any long, in no order) over several Parquet files — and
 * runs the stress pipeline on both, one after the other on the same runner, printing both wall
 * times, their ratio, the machine load, and whether the figures (VaR, ES, mean, std per book and in
 * total, and the contributions) agree. The scenario files are kept and reused by the next run with
 * the same count, seed and file count.
 */
public final class StressBenchmarkPipeline {

  static final String DEFAULT_OUTPUT = "out/stress-benchmark";
  private static final int BLOCK = 10_000;

  /** The catalog entry: {@code -Dpipeline=stress-benchmark}, listed through {@link StressBenchmarks}. */
  public static final PipelineEntry<StressBenchmarkOptions> ENTRY = new PipelineEntry<>("stress-benchmark",
      "Scenarios from files with sparse ids against the same scenarios generated: times and ratio",
      StressBenchmarkOptions.class, StressBenchmarkPipeline::run);

  private StressBenchmarkPipeline() {}

  public static void main(String[] args) {
    ENTRY.main(args);
  }

  public static PipelineResult run(StressBenchmarkOptions options) {
    long n = options.getScenarioCount();
    if (n < 1 || options.getPositions() < 1 || options.getScenarioFiles() < 1) {
      throw new IllegalArgumentException("--scenarioCount, --positions and --scenarioFiles must be >= 1");
    }
    String root = options.getOutput() != null ? options.getOutput() : DEFAULT_OUTPUT;
    FileSystems.setDefaultPipelineOptions(options);
    String inputs = OutputPaths.child(root, "inputs");
    String scenarios = OutputPaths.child(root, String.format(Locale.ROOT, "scenarios-n%d-s%d-f%d", n,
        options.getSeed(), options.getScenarioFiles()));
    MarketData market = SampleMarket.generate(options.getSeed());
    FactorCovariance covariance = SampleCovariance.generate(market, options.getSeed(), 10);
    double writeSeconds;
    try {
      StressInputWriter.market(inputs, market);
      StressInputWriter.covariance(inputs, covariance);
      StressInputWriter.portfolio(inputs, SamplePortfolio.generate(market, options.getPositions(), options.getSeed()),
          FileFormat.CSV);
      long started = System.nanoTime();
      writeScenarioFiles(scenarios, covariance, options.getSeed(), n, options.getScenarioFiles());
      writeSeconds = (System.nanoTime() - started) / 1e9;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark inputs under " + root + ": " + e.getMessage(), e);
    }
    List<String> common = new ArrayList<>(List.of("--portfolio=" + OutputPaths.child(inputs, "portfolio.csv"),
        "--market=" + OutputPaths.child(inputs, StressInputWriter.MARKET), "--shardSize=" + options.getShardSize(),
        "--seed=" + options.getSeed()));
    common.add("--runner=" + options.getRunner().getSimpleName());
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (options.getRunner().getSimpleName().equals("FlinkRunner")) {
      common.add("--flinkMaster=" + flink.getFlinkMaster());
      if (flink.getFilesToStage() != null) {
        common.add("--filesToStage=" + String.join(",", flink.getFilesToStage()));
      }
    }
    String load1 = load();
    List<String> generatedArgs = new ArrayList<>(common);
    generatedArgs.addAll(List.of("--scenarios=" + n, "--covariance=" + OutputPaths.child(inputs,
        StressInputWriter.COVARIANCE), "--output=" + OutputPaths.child(root, "generated")));
    double generated = timed(generatedArgs);
    String load2 = load();
    List<String> fileArgs = new ArrayList<>(common);
    fileArgs.addAll(List.of("--scenarios=" + OutputPaths.child(scenarios, "part-*.parquet"),
        "--output=" + OutputPaths.child(root, "files")));
    double files = timed(fileArgs);
    String load3 = load();
    boolean same = sameFigures(OutputPaths.child(root, "generated"), OutputPaths.child(root, "files"));
    System.out.printf(Locale.ROOT, "%nstress-benchmark  %,d scenarios × %,d positions, shard size %,d, %s%n"
            + "  generated (--scenarios=N)         %8.1f s%n"
            + "  from %d Parquet files, sparse ids  %8.1f s   (files written in %.1f s, not timed)%n"
            + "  ratio files / generated           %8.2f×%n"
            + "  figures identical                  %s%n"
            + "  load average (1, 5, 15 min)        before %s; between %s; after %s%n",
        n, options.getPositions(), options.getShardSize(), common.stream().filter(a -> a.startsWith("--runner="))
            .findFirst().orElse("--runner=DirectRunner"), generated, options.getScenarioFiles(), files, writeSeconds,
        files / generated, same ? "yes (VaR, ES, mean, std per book and total; contributions)" : "NO", load1, load2,
        load3);
    return null;
  }

  private static double timed(List<String> args) {
    PipelineOptionsFactory.register(StressOptions.class);
    StressOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation()
        .as(StressOptions.class);
    long started = System.nanoTime();
    StressPipeline.run(options);
    return (System.nanoTime() - started) / 1e9;
  }

  /** Writes scenario i as row id SplitMix64(i), in blocks dealt round the files, unless already there. */
  private static void writeScenarioFiles(String folder, FactorCovariance covariance, long seed, long n, int files)
      throws IOException {
    String done = OutputPaths.child(folder, "_COMPLETE");
    if (!FileSystems.match(done).metadata().isEmpty()) {
      return;
    }
    CorrelatedShockGenerator generator = new CorrelatedShockGenerator(covariance.layout(), covariance.matrix(), seed);
    ScenarioSink[] sinks = new ScenarioSink[files];
    WritableByteChannel[] channels = new WritableByteChannel[files];
    for (int f = 0; f < files; f++) {
      sinks[f] = new ScenarioSink(schema(covariance));
      channels[f] = create(OutputPaths.child(folder, String.format(Locale.ROOT, "part-%03d.parquet", f)));
      sinks[f].open(channels[f]);
    }
    long blockSize = Math.max(1, Math.min(BLOCK, (n + files - 1) / files));  // every file gets rows
    for (long first = 0; first < n; first += blockSize) {
      ShockBlock block = generator.generate(first, (int) Math.min(blockSize, n - first)).build();
      long[] ids = block.scenarioIds().clone();
      for (int i = 0; i < ids.length; i++) {
        ids[i] = ScenarioRandom.mix(ids[i]);
      }
      sinks[(int) (first / blockSize % files)].write(new ShockBlock(ids, block.shocks()));
    }
    for (int f = 0; f < files; f++) {
      sinks[f].flush();
      channels[f].close();
    }
    try (WritableByteChannel marker = create(done)) {
      marker.write(java.nio.ByteBuffer.wrap(new byte[0]));
    }
  }

  private static MessageType schema(FactorCovariance covariance) {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    schema.required(PrimitiveTypeName.INT64).named("scenario_id");
    covariance.layout().factorIds().forEach(f -> schema.required(PrimitiveTypeName.DOUBLE).named(f));
    return schema.named("scenarios");
  }

  private static final class ScenarioSink extends BatchParquetSink<ShockBlock> {
    private static final long serialVersionUID = 1L;

    ScenarioSink(MessageType schema) {
      super(schema);
    }

    @Override
    protected int rowCount(ShockBlock block) {
      return block.size();
    }

    @Override
    protected void writeRow(ShockBlock block, int row, ParquetRowWriter out) {
      out.int64(0, block.scenarioIds()[row]);
      double[][] columns = block.shocks();
      for (int c = 0; c < columns.length; c++) {
        out.float64(1 + c, columns[c][row]);
      }
    }
  }

  private static WritableByteChannel create(String path) throws IOException {
    return FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.BINARY);
  }

  /** Whether both runs report the same figures (scenario ids differ by design and are not compared). */
  private static boolean sameFigures(String a, String b) {
    try {
      JsonNode x = readJson(OutputPaths.child(a, "report.json"));
      JsonNode y = readJson(OutputPaths.child(b, "report.json"));
      for (String key : List.of("scenarios", "mean", "std", "var", "es", "books")) {
        if (!x.get(key).equals(y.get(key))) {
          return false;
        }
      }
      for (String level : iterable(x.get("contributions").fieldNames())) {
        if (!x.get("contributions").get(level).get("books").equals(y.get("contributions").get(level).get("books"))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    return () -> it;
  }

  private static JsonNode readJson(String path) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
      return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
