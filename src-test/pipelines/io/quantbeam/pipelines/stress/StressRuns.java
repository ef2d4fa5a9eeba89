package io.quantbeam.pipelines.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.SampleCovariance;
import io.quantbeam.models.stress.SampleMarket;
import io.quantbeam.models.stress.SamplePortfolio;
import io.quantbeam.pipelines.options.FileFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Small stress inputs on disk, and the real pipeline entry point run with command-line style options. */
final class StressRuns {

  static final long SEED = 11;
  static final MarketData MARKET = SampleMarket.generate(SEED);
  static final FactorCovariance COVARIANCE = SampleCovariance.generate(MARKET, SEED, 10);

  private StressRuns() {}

  /** market.json, covariance.csv and a portfolio.csv of {@code positions} sample positions in {@code folder}. */
  static Path writeInputs(Path folder, int positions) {
    try {
      Files.createDirectories(folder);
      StressInputWriter.market(folder.toString(), MARKET);
      StressInputWriter.covariance(folder.toString(), COVARIANCE);
      StressInputWriter.portfolio(folder.toString(), SamplePortfolio.generate(MARKET, positions, SEED), FileFormat.CSV);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StressOptions options(String... args) {
    PipelineOptionsFactory.register(StressOptions.class);
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(StressOptions.class);
  }

  /** Runs on generated scenarios from the inputs in {@code inputs}, writing to {@code output}. */
  static PipelineResult runGenerated(Path inputs, Path output, long scenarios, String... extra) {
    List<String> args = new ArrayList<>(List.of("--portfolio=" + inputs.resolve("portfolio.csv"),
        "--market=" + inputs.resolve("market.json"), "--covariance=" + inputs.resolve("covariance.csv"),
        "--scenarios=" + scenarios, "--seed=5", "--output=" + output));
    args.addAll(Arrays.asList(extra));
    return StressPipeline.run(options(args.toArray(String[]::new)));
  }

  static PipelineResult run(Path output, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--output=" + output);
    return StressPipeline.run(options(all.toArray(String[]::new)));
  }

  static JsonNode report(Path output) {
    try {
      return new ObjectMapper().readTree(output.resolve("report.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String reportText(Path output, String name) {
    try {
      return Files.readString(output.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
