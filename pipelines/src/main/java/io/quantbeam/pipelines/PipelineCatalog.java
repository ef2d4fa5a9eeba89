package io.quantbeam.pipelines;

import io.quantbeam.pipelines.forest.ForestGeneratePipeline;
import io.quantbeam.pipelines.forest.ForestPipeline;
import io.quantbeam.pipelines.forest.ForestScorePipeline;
import io.quantbeam.pipelines.matmul.MatgenPipeline;
import io.quantbeam.pipelines.matmul.MatmulPipeline;
import io.quantbeam.pipelines.merton.MertonGeneratePipeline;
import io.quantbeam.pipelines.merton.MertonPipeline;
import io.quantbeam.pipelines.merton.MertonPreparePipeline;
import io.quantbeam.pipelines.run.MorePipelines;
import io.quantbeam.pipelines.run.PipelineEntry;
import io.quantbeam.pipelines.stress.StressGeneratePipeline;
import io.quantbeam.pipelines.stress.StressPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Every pipeline the launcher can run, by the name given to {@code -Dpipeline=<name>}: the entries
 * each pipeline class declares ({@code ENTRY}), in this order, then any {@link MorePipelines} on the
 * class path (the benchmarks). Only the launcher imports this class, so no pipeline package depends
 * on it.
 */
public final class PipelineCatalog {

  private static final List<PipelineEntry<?>> MAIN = List.of(
      MertonPipeline.ENTRY,
      MertonGeneratePipeline.ENTRY,
      MertonPreparePipeline.ENTRY,
      MatmulPipeline.ENTRY,
      MatgenPipeline.ENTRY,
      StressPipeline.ENTRY,
      StressGeneratePipeline.ENTRY,
      ForestPipeline.ENTRY,
      ForestScorePipeline.ENTRY,
      ForestGeneratePipeline.ENTRY);

  private static final PipelineCatalog[] ALL = load();

  private final PipelineEntry<?> entry;

  private PipelineCatalog(PipelineEntry<?> entry) {
    this.entry = entry;
  }

  private static PipelineCatalog[] load() {
    List<PipelineEntry<?>> entries = new ArrayList<>(MAIN);
    ServiceLoader.load(MorePipelines.class).forEach(more -> entries.addAll(more.entries()));
    if (entries.stream().map(PipelineEntry::name).distinct().count() != entries.size()) {
      throw new IllegalStateException("two pipelines share a name: " + entries.stream().map(PipelineEntry::name).toList());
    }
    return entries.stream().map(PipelineCatalog::new).toArray(PipelineCatalog[]::new);
  }

  /** Every pipeline, in catalog order. */
  public static PipelineCatalog[] values() {
    return ALL.clone();
  }

  public String pipelineName() {
    return entry.name();
  }

  public String description() {
    return entry.description();
  }

  /** The pipeline's command line: what its {@code main} does. */
  public void main(String[] args) {
    entry.main(args);
  }

  public static Optional<PipelineCatalog> byName(String name) {
    return Arrays.stream(ALL).filter(p -> p.pipelineName().equals(name)).findFirst();
  }

  /** One line per pipeline: name and description. */
  public static String listing() {
    return Arrays.stream(ALL)
        .map(p -> String.format("  %-18s %s", p.pipelineName(), p.description()))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
