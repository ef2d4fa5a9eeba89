package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForecastTarget;
import io.quantbeam.models.forest.SplitRule;
import io.quantbeam.models.forest.TreeParameters;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.transforms.forest.ForestSettings;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Turns {@link ForestOptions} into {@link ForestSettings}, rejecting bad values with the option's name. */
final class ForestRunSettings {

  private ForestRunSettings() {}

  static ForestSettings from(ForestOptions options, String output, boolean sample) {
    atLeastOne("subForests", options.getSubForests());
    atLeastOne("finalSubForests", options.getFinalSubForests());
    atLeastOne("treesPerSubForest", options.getTreesPerSubForest());
    atLeastOne("minTrainRows", options.getMinTrainRows());
    Integer maxDepth = options.getMaxDepth();
    if (maxDepth != null) {
      atLeastOne("maxDepth", maxDepth);
    }
    if ((long) options.getFinalSubForests() * options.getTreesPerSubForest() > 1_000_000) {
      throw new IllegalArgumentException("--finalSubForests x --treesPerSubForest must be at most 1,000,000 trees");
    }
    FeatureLayout layout = new FeatureLayout(options.getCalendarFeatures(), target(options));
    String gridText = options.getGrid() != null ? options.getGrid() : sample ? GridOption.SAMPLE_DEFAULT : GridOption.DEFAULT;
    List<TreeParameters> grid = GridOption.parse(gridText, maxDepth == null ? TreeParameters.UNLIMITED_DEPTH : maxDepth,
        layout.featureCount());
    return new ForestSettings(grid, options.getSubForests(), options.getFinalSubForests(), options.getTreesPerSubForest(),
        options.getSeed(), layout, options.getMinTrainRows(), workFolder(options, output),
        OutputPaths.child(output, ForestPipeline.MODELS), split(options));
  }

  private static ForecastTarget target(ForestOptions options) {
    try {
      return ForecastTarget.parse(options.getTarget());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--target: " + e.getMessage());
    }
  }

  private static SplitRule split(ForestOptions options) {
    SplitRule.Method method;
    try {
      method = SplitRule.parseMethod(options.getSplit());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--split: " + e.getMessage());
    }
    if (options.getEmbargoMinutes() < 0) {
      throw new IllegalArgumentException("--embargoMinutes must be >= 0, got " + options.getEmbargoMinutes());
    }
    if (method == SplitRule.Method.HASH && options.getEmbargoMinutes() > 0) {
      throw new IllegalArgumentException("--embargoMinutes needs --split=time: the hash split interleaves the parts");
    }
    return new SplitRule(method, options.getEmbargoMinutes());
  }

  /**
   * A folder of its own for this run under Beam's {@code --tempLocation} (s3:// in production), or
   * under the output folder when none is set: prepared matrices and sub-forest parts live there
   * while the run lasts.
   */
  private static String workFolder(ForestOptions options, String output) {
    String base = options.getTempLocation() != null && !options.getTempLocation().isBlank()
        ? options.getTempLocation() : OutputPaths.child(output, "_work");
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(ZoneOffset.UTC)) + "-"
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    return OutputPaths.child(base, "forest-" + runId);
  }

  private static void atLeastOne(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("--" + option + " must be >= 1, got " + value);
    }
  }
}
