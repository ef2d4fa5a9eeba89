package io.quantbeam.pipelines.forest;

import io.quantbeam.models.forest.FeatureLayout;
import io.quantbeam.models.forest.ForecastTarget;
import io.quantbeam.models.forest.ForestModelCodec;
import io.quantbeam.models.forest.ForestModelHeader;
import io.quantbeam.pipelines.io.OutputPaths;
import io.quantbeam.transforms.forest.ForestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The saved models a scoring run uses, found before the run starts: each file's header says which
 * symbol it is for and which features it needs, and each whole file is checked against its checksum.
 * Two models for one symbol, a file that is not a model or is cut short or damaged, or features
 * forest-score cannot build stop the run with a message naming the file.
 */
record ModelCatalog(Map<String, String> pathBySymbol, Map<String, FeatureLayout> layoutBySymbol) {

  static ModelCatalog find(String models) throws IOException {
    String pattern = models.endsWith(".qbrf") || models.contains("*") ? models : OutputPaths.child(models, "*.qbrf");
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = match.status() == MatchResult.Status.OK ? match.metadata() : List.of();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--models matched no model files: " + pattern
          + " (run the forest pipeline first, or point --models at its <output>/models folder)");
    }
    Map<String, String> paths = new TreeMap<>();
    Map<String, FeatureLayout> layouts = new TreeMap<>();
    for (MatchResult.Metadata file : files) {
      String path = file.resourceId().toString();
      ForestModelHeader header;
      try (InputStream in = ForestFiles.open(path)) {
        header = ForestModelCodec.readCheckedHeader(in, file.sizeBytes());
      } catch (IOException e) {
        throw new IllegalArgumentException(path + " is not a readable forest model: " + e.getMessage());
      }
      String earlier = paths.put(header.symbol(), path);
      if (earlier != null) {
        throw new IllegalArgumentException("two models for " + header.symbol() + ": " + earlier + " and " + path);
      }
      layouts.put(header.symbol(), layoutOf(path, header.featureNames()));
    }
    return new ModelCatalog(paths, layouts);
  }

  private static FeatureLayout layoutOf(String path, List<String> features) {
    for (ForecastTarget target : ForecastTarget.values()) {
      for (boolean calendar : new boolean[] {false, true}) {
        FeatureLayout layout = new FeatureLayout(calendar, target);
        if (layout.names().equals(features)) {
          return layout;
        }
      }
    }
    throw new IllegalArgumentException(path + " needs the features " + features + ", which forest-score cannot build");
  }
}
