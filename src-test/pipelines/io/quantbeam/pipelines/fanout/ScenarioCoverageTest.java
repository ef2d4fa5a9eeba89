package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.PipelineCatalog;
import io.quantbeam.pipelines.fanout.Scenario.Output;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every pipeline of the catalog is in the scenario table, so the cluster, failover, Spark and S3
 * integration tests run it; and every table entry is well formed, its arguments valid options of
 * its pipeline with every pipeline's options registered in one JVM (Beam rejects an option name
 * declared with two defaults). Runs with the unit tests.
 */
class ScenarioCoverageTest {

  private static Stream<Step> allSteps() {
    return Stream.concat(PipelineScenarios.ALL.stream(), Stream.of(PipelineScenarios.FAILOVER))
        .flatMap(s -> s.steps().stream()).filter(step -> !step.isFixture());
  }

  @Test
  void everyScenarioEndsWithAPipelineRun() {
    PipelineScenarios.ALL.forEach(s -> assertTrue(!s.steps().get(s.steps().size() - 1).isFixture(),
        s.name() + " ends with a fixture: nothing reads it"));
  }

  @Test
  void everyCatalogPipelineHasAScenarioStep() {
    Set<String> covered = PipelineScenarios.ALL.stream().flatMap(s -> s.pipelines().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> missing = Arrays.stream(PipelineCatalog.values()).map(PipelineCatalog::pipelineName)
        .filter(name -> !covered.contains(name) && !PipelineScenarios.NOT_FANNED_OUT.containsKey(name)).toList();
    assertEquals(List.of(), missing, "add a Step for each to PipelineScenarios.ALL: its options type and run "
        + "method, small arguments writing under {work}/, and the outputs to compare");
  }

  @Test
  void exemptionsNameCatalogPipelinesThatHaveNoScenario() {
    PipelineScenarios.NOT_FANNED_OUT.keySet().forEach(name -> {
      assertTrue(PipelineCatalog.byName(name).isPresent(), name + " is not in the catalog");
      assertTrue(allSteps().noneMatch(step -> step.pipeline().equals(name)), name + " has a scenario: drop the exemption");
    });
  }

  @Test
  void everyStepNamesACatalogPipeline() {
    allSteps().forEach(step -> assertTrue(PipelineCatalog.byName(step.pipeline()).isPresent(),
        step.pipeline() + " is not in the PipelineCatalog"));
  }

  @Test
  void everyStepWritesUnderTheWorkFolderAndComparesSomethingThatMustExist() {
    allSteps().forEach(step -> {
      assertTrue(step.arguments().contains("--output=" + Scenario.WORK + "/"),
          step.pipeline() + " must write under " + Scenario.WORK + "/ so that S3 runs write to the bucket");
      assertTrue(step.outputs().stream().anyMatch(o -> !o.mayBeEmpty()),
          step.pipeline() + " compares no output that must be there");
      step.outputs().stream().map(Output::glob).forEach(glob -> assertTrue(!glob.startsWith("/") && !glob.contains(".."),
          step.pipeline() + ": output globs are relative to " + Scenario.WORK + ", got " + glob));
    });
  }

  @Test
  void everyStepsArgumentsAreValidOptionsOfItsPipeline() {
    allSteps().forEach(step -> Scenario.EntryPoint.parse(step.entry().optionsType(),
        step.arguments("/tmp/quantbeam-work").toArray(String[]::new)));
  }
}
