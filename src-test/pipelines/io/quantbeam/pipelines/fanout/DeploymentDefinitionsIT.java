package io.quantbeam.pipelines.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.pipelines.PipelineCatalog;
import io.quantbeam.pipelines.fanout.Scenario.Step;
import io.quantbeam.pipelines.options.OptionsFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment folder is complete and consistent with the build: the JSON requests parse and
 * carry the fields AWS requires, they name the jars `mvn package` builds, the nightly options are
 * valid options of the pipeline, the schedule starts the same run, and the IAM policy allows
 * exactly what Beam does on exactly the prefixes the run uses.
 */
class DeploymentDefinitionsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SETTINGS = Set.of("AWS_REGION", "ACCOUNT_ID", "BUCKET", "APPLICATION_ID");
  private static final Map<String, String> SETTING_VALUES = Map.of(
      "AWS_REGION", "eu-west-1", "ACCOUNT_ID", "123456789012", "BUCKET", "quant-data", "APPLICATION_ID", "00abc");
  /** Spark of each EMR release line (EMR release notes), to keep the pom's Spark the release's. */
  private static final Map<String, String> EMR_SPARK = Map.of(
      "emr-7.1.0", "3.5.0", "emr-7.3.0", "3.5.1", "emr-7.4.0", "3.5.2", "emr-7.5.0", "3.5.2",
      "emr-7.6.0", "3.5.3", "emr-7.7.0", "3.5.3", "emr-7.8.0", "3.5.4", "emr-7.9.0", "3.5.5");
  /** The S3 actions Beam's file system uses: list, HEAD/GET, multipart PUT, copy (GET + PUT), delete. */
  private static final Set<String> BEAM_S3_ACTIONS = Set.of("s3:ListBucket", "s3:GetObject", "s3:PutObject",
      "s3:AbortMultipartUpload", "s3:DeleteObject");

  private static Path deployment() {
    return ItPaths.repository().resolve("emr-serverless");
  }

  /** The file with every ${SETTING} filled in, as submit.sh renders it; unknown settings fail. */
  private static String rendered(Path file) throws IOException {
    String text = Files.readString(file);
    Matcher placeholders = Pattern.compile("\\$\\{([A-Za-z_]+)}").matcher(text);
    while (placeholders.find()) {
      assertTrue(SETTINGS.contains(placeholders.group(1)), file + " uses unknown setting " + placeholders.group(1));
    }
    for (Map.Entry<String, String> setting : SETTING_VALUES.entrySet()) {
      text = text.replace("${" + setting.getKey() + "}", setting.getValue());
    }
    return text;
  }

  private static JsonNode json(String relative) throws IOException {
    return JSON.readTree(rendered(deployment().resolve(relative)));
  }

  private static String required(JsonNode node, String path) {
    JsonNode value = node.at(path);
    assertFalse(value.isMissingNode() || value.asText().isBlank(), "missing " + path);
    return value.asText();
  }

  @Test
  void theApplicationIsSparkOnAnEmr7ReleaseWhoseSparkTheBuildUses() throws IOException {
    JsonNode application = json("application.json");
    required(application, "/name");
    assertEquals("SPARK", required(application, "/type"), "EMR Serverless runs Beam through Spark");
    String release = required(application, "/releaseLabel");
    assertTrue(release.matches("emr-7\\.\\d+\\.\\d+"), "an emr-7.x release (Java 17), got " + release);
    assertEquals(EMR_SPARK.get(release), System.getProperty("quantbeam.sparkVersion"),
        "the pom's spark.version must be the Spark of " + release);
  }

  @Test
  void theJobRunStartsTheBuiltEmrJarWithValidOptions() throws IOException {
    JsonNode run = json("job-run-merton.json");
    required(run, "/applicationId");
    assertTrue(required(run, "/executionRoleArn").matches("arn:aws:iam::\\d{12}:role/[\\w+=,.@-]+"));
    String entryPoint = required(run, "/jobDriver/sparkSubmit/entryPoint");
    assertTrue(entryPoint.startsWith("s3://quant-data/quantbeam/artifacts/"), entryPoint);
    assertEquals(ItPaths.emrJar().getFileName().toString(), entryPoint.substring(entryPoint.lastIndexOf('/') + 1),
        "the job must run the jar mvn package builds");
    String submit = required(run, "/jobDriver/sparkSubmit/sparkSubmitParameters");
    assertTrue(submit.contains("--class io.quantbeam.pipelines.Launcher"), submit);
    assertTrue(required(run, "/configurationOverrides/monitoringConfiguration/s3MonitoringConfiguration/logUri")
        .startsWith("s3://quant-data/quantbeam/logs/"));

    List<String> arguments = new ArrayList<>();
    run.at("/jobDriver/sparkSubmit/entryPointArguments").forEach(a -> arguments.add(a.asText()));
    Step step = stepOf(arguments.get(0));
    String[] options = localOptions(arguments.subList(1, arguments.size()));
    assertTrue(Stream.of(options).noneMatch(o -> o.startsWith("--sparkMaster")),
        "on EMR Beam must use spark-submit's master");
    assertTrue(Stream.of(options).anyMatch(o -> o.equals("--runner=SparkRunner")), "EMR Serverless means the Spark runner");
    PipelineOptionsFactory.register(SparkPipelineOptions.class);
    Scenario.EntryPoint.parse(step.entry().optionsType(), options);
  }

  @Test
  void theNightlyScheduleStartsTheSameRunWithAFreshToken() throws IOException {
    JsonNode schedule = json("schedule-merton-nightly.json");
    required(schedule, "/Name");
    assertTrue(required(schedule, "/ScheduleExpression").startsWith("cron("));
    required(schedule, "/FlexibleTimeWindow/Mode");
    assertEquals("arn:aws:scheduler:::aws-sdk:emrserverless:startJobRun", required(schedule, "/Target/Arn"));
    assertTrue(required(schedule, "/Target/RoleArn").endsWith(":role/quantbeam-scheduler"));

    JsonNode input = JSON.readTree(required(schedule, "/Target/Input"));
    JsonNode run = json("job-run-merton.json");
    assertEquals("<aws.scheduler.execution-id>", required(input, "/ClientToken"), "each run needs its own token");
    assertEquals(required(run, "/applicationId"), required(input, "/ApplicationId"));
    assertEquals(required(run, "/executionRoleArn"), required(input, "/ExecutionRoleArn"));
    assertEquals(run.at("/jobDriver/sparkSubmit/entryPoint"), input.at("/JobDriver/SparkSubmit/EntryPoint"));
    assertEquals(run.at("/jobDriver/sparkSubmit/entryPointArguments"), input.at("/JobDriver/SparkSubmit/EntryPointArguments"));
    assertEquals(run.at("/jobDriver/sparkSubmit/sparkSubmitParameters"),
        input.at("/JobDriver/SparkSubmit/SparkSubmitParameters"));
    assertEquals(run.at("/configurationOverrides/monitoringConfiguration/s3MonitoringConfiguration/logUri"),
        input.at("/ConfigurationOverrides/MonitoringConfiguration/S3MonitoringConfiguration/LogUri"));
  }

  @Test
  void theJobRoleAllowsExactlyBeamsCallsOnTheRunsPrefixes() throws IOException {
    JsonNode policy = json("iam/job-runtime-policy.json");
    assertEquals("2012-10-17", required(policy, "/Version"));
    for (JsonNode statement : policy.get("Statement")) {
      assertEquals("Allow", statement.get("Effect").asText());
      for (String action : values(statement.get("Action"))) {
        assertTrue(BEAM_S3_ACTIONS.contains(action), "not a call Beam makes: " + action);
      }
      for (String resource : values(statement.get("Resource"))) {
        assertTrue(resource.equals("arn:aws:s3:::quant-data") || resource.startsWith("arn:aws:s3:::quant-data/quantbeam/"),
            "outside the run's prefixes: " + resource);
      }
    }
    JsonNode run = json("job-run-merton.json");
    Map<String, String> nightly = optionValues(localOptions(List.of("--optionsFile=" + optionsFileOf("merton-nightly.options"))));
    String input = key(nightly.get("--input")).replace("*", "part-00000");
    String output = key(nightly.get("--output")) + "/merton-00000-of-00001.parquet";
    String temp = key(nightly.get("--tempLocation")) + "/x";
    String log = key(required(run, "/configurationOverrides/monitoringConfiguration/s3MonitoringConfiguration/logUri"))
        + "applications/00abc/jobs/1/SPARK_DRIVER/stderr.gz";
    String jar = key(required(run, "/jobDriver/sparkSubmit/entryPoint"));

    assertAllowed(policy, Set.of("s3:GetObject"), input);
    assertAllowed(policy, Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"), output);
    assertAllowed(policy, Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"), temp);
    assertAllowed(policy, Set.of("s3:PutObject"), log);
    assertAllowed(policy, Set.of("s3:GetObject"), jar);
    assertNotAllowed(policy, "s3:PutObject", input);
    assertNotAllowed(policy, "s3:DeleteObject", input);
    assertNotAllowed(policy, "s3:GetObject", "quantbeam-other/secret.csv");
    for (String listed : List.of(input, output, temp)) {
      assertTrue(listPrefixes(policy).stream().anyMatch(p -> glob(p).matcher(listed).matches()),
          "Beam lists under " + listed + " but the role may not");
    }

    JsonNode trust = json("iam/job-runtime-trust.json");
    assertEquals("emr-serverless.amazonaws.com", required(trust, "/Statement/0/Principal/Service"));
    assertEquals("sts:AssumeRole", required(trust, "/Statement/0/Action"));
  }

  @Test
  void theSchedulerRoleMayStartRunsOfTheApplicationAndPassOnlyTheJobRole() throws IOException {
    JsonNode policy = json("iam/scheduler-policy.json");
    JsonNode run = json("job-run-merton.json");
    Set<String> actions = new TreeSet<>();
    for (JsonNode statement : policy.get("Statement")) {
      actions.addAll(values(statement.get("Action")));
      if (values(statement.get("Action")).contains("iam:PassRole")) {
        assertEquals(List.of(required(run, "/executionRoleArn")), values(statement.get("Resource")));
      } else {
        assertEquals(List.of("arn:aws:emr-serverless:eu-west-1:123456789012:/applications/00abc"),
            values(statement.get("Resource")));
      }
    }
    assertEquals(Set.of("emr-serverless:StartJobRun", "iam:PassRole"), actions);
    assertEquals("scheduler.amazonaws.com", required(json("iam/scheduler-trust.json"), "/Statement/0/Principal/Service"));
  }

  @Test
  void theFlinkRecipesNameTheBuiltFlinkJarAndTheFlinkItIsBuiltFor() throws IOException {
    Map<String, Object> deployment = new Yaml().load(Files.readString(deployment().resolve("flink-on-emr/eks-flink-deployment.yaml")));
    assertEquals("FlinkDeployment", deployment.get("kind"));
    Map<?, ?> spec = (Map<?, ?>) deployment.get("spec");
    String flink = System.getProperty("quantbeam.flinkVersion");
    assertEquals("v" + flink.substring(0, flink.lastIndexOf('.')).replace('.', '_'), spec.get("flinkVersion"));
    Map<?, ?> job = (Map<?, ?>) spec.get("job");
    String jarUri = (String) job.get("jarURI");
    assertEquals(ItPaths.flinkJar().getFileName().toString(), jarUri.substring(jarUri.lastIndexOf('/') + 1));
    assertEquals("io.quantbeam.pipelines.Launcher", job.get("entryClass"));
    List<?> args = (List<?>) job.get("args");
    assertTrue(PipelineCatalog.byName((String) args.get(0)).isPresent(), "first argument names a pipeline: " + args.get(0));
    assertTrue(args.contains("--runner=FlinkRunner"));

    JsonNode configurations = JSON.readTree(deployment().resolve("flink-on-emr/flink-configurations.json").toFile());
    assertEquals("flink-conf", required(configurations, "/0/Classification"));
    assertEquals("fixed-delay", required(configurations, "/0/Properties/restart-strategy.type"));

    Map<String, String> preset = optionValues(OptionsFiles.expand(
        new String[] {"--optionsFile=" + ItPaths.preset("flink-cluster")}));
    assertEquals(ItPaths.flinkJar(), ItPaths.repository().resolve(preset.get("--filesToStage")).normalize(),
        "the flink-cluster preset stages the jar mvn package builds");
  }

  /** The pipeline's scenario step: its options type validates the job's options. */
  private static Step stepOf(String pipeline) {
    assertTrue(PipelineCatalog.byName(pipeline).isPresent(), "not a pipeline: " + pipeline);
    return PipelineScenarios.ALL.stream().flatMap(s -> s.steps().stream())
        .filter(s -> s.pipeline().equals(pipeline)).findFirst().orElseThrow();
  }

  /** The job's arguments with each s3://…/artifacts/options/NAME read from its local source file. */
  private static String[] localOptions(List<String> arguments) {
    List<String> local = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.startsWith(OptionsFiles.OPTION) && argument.contains("://")) {
        String uri = argument.substring(OptionsFiles.OPTION.length());
        assertTrue(uri.startsWith("s3://quant-data/quantbeam/artifacts/options/"), uri);
        local.add(OptionsFiles.OPTION + optionsFileOf(uri.substring(uri.lastIndexOf('/') + 1)));
      } else {
        local.add(argument);
      }
    }
    return OptionsFiles.expand(local.toArray(String[]::new));
  }

  /** The file submit.sh uploads as options/NAME: a preset, or a job's options file rendered. */
  private static Path optionsFileOf(String name) {
    Path preset = ItPaths.repository().resolve("runner-configs/presets/" + name);
    Path job = deployment().resolve("options/" + name);
    try {
      if (Files.isRegularFile(preset)) {
        return preset;
      }
      if (!Files.isRegularFile(job)) {
        fail("no options file " + name + " in runner-configs/presets or emr-serverless/options");
      }
      Path rendered = ItPaths.freshFolder("deployment").resolve(name);
      Files.writeString(rendered, rendered(job));
      return rendered;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> optionValues(String[] options) {
    Map<String, String> values = new java.util.HashMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      values.put(option.substring(0, equals), option.substring(equals + 1));
    }
    return values;
  }

  /** The key of an s3://quant-data/… URI. */
  private static String key(String uri) {
    assertTrue(uri.startsWith("s3://quant-data/"), uri);
    return uri.substring("s3://quant-data/".length());
  }

  private static List<String> values(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else {
      values.add(node.asText());
    }
    return values;
  }

  private static Pattern glob(String pattern) {
    return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
  }

  private static boolean allows(JsonNode policy, String action, String key) {
    for (JsonNode statement : policy.get("Statement")) {
      if (values(statement.get("Action")).contains(action)) {
        for (String resource : values(statement.get("Resource"))) {
          if (glob(resource).matcher("arn:aws:s3:::quant-data/" + key).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void assertAllowed(JsonNode policy, Set<String> actions, String key) {
    actions.forEach(action -> assertTrue(allows(policy, action, key), action + " on " + key + " is not allowed"));
  }

  private static void assertNotAllowed(JsonNode policy, String action, String key) {
    assertFalse(allows(policy, action, key), action + " on " + key + " must not be allowed");
  }

  private static List<String> listPrefixes(JsonNode policy) {
    List<String> prefixes = new ArrayList<>();
    for (JsonNode statement : policy.get("Statement")) {
      if (values(statement.get("Action")).contains("s3:ListBucket")) {
        prefixes.addAll(values(statement.at("/Condition/StringLike/s3:prefix")));
      }
    }
    return prefixes;
  }
}
