package io.quantbeam.pipelines.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantbeam.pipelines.io.OutputPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * {@code run.json}: what a run did, so its results can be audited and reproduced — pipeline,
 * project version, runner, options (credentials removed), input and output files, counters and
 * timings.
 */
public final class RunManifest {

  /** Option names that may carry secrets; their values are never written. */
  private static final Pattern SECRET = Pattern.compile("(?i).*(credential|secret|password|token|accesskey|sessionkey).*");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> fields = new LinkedHashMap<>();

  public RunManifest(String pipeline, PipelineOptions options, Instant started, double wallSeconds) {
    fields.put("pipeline", pipeline);
    fields.put("version", projectVersion());
    fields.put("runner", options.getRunner().getSimpleName());
    fields.put("started", started.toString());
    fields.put("finished", started.plusNanos((long) (wallSeconds * 1e9)).toString());
    fields.put("wallSeconds", wallSeconds);
    fields.put("options", safeOptions(options));
  }

  public RunManifest inputs(List<String> files) {
    fields.put("inputFiles", files);
    return this;
  }

  /** Lists the files the run left under {@code folder} (one level, plus the named subfolders). */
  public RunManifest outputsIn(String folder, List<String> subfolders) {
    List<String> files = new ArrayList<>();
    files.addAll(list(OutputPaths.child(folder, "*")));
    for (String sub : subfolders) {
      files.addAll(list(OutputPaths.child(OutputPaths.child(folder, sub), "*")));
    }
    files.sort(null);
    fields.put("outputFiles", files);
    return this;
  }

  public RunManifest counts(Map<String, Long> counters) {
    fields.put("counts", counters);
    return this;
  }

  public RunManifest put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  public void writeTo(String folder) {
    try {
      ReportFiles.write(folder, "run.json", JSON.writeValueAsString(fields) + "\n", "application/json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every matched file as a string, or none when the pattern matches nothing. */
  public static List<String> list(String pattern) {
    try {
      MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
      List<String> files = new ArrayList<>();
      if (match.status() == MatchResult.Status.OK) {
        match.metadata().forEach(m -> files.add(m.resourceId().toString()));
      }
      return files;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static JsonNode safeOptions(PipelineOptions options) {
    JsonNode all = JSON.valueToTree(options).path("options");
    if (all instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        if (SECRET.matcher(names.next()).matches()) {
          names.remove();
        }
      }
    }
    return all;
  }

  static String projectVersion() {
    try (InputStream in = RunManifest.class.getResourceAsStream("/io/quantbeam/pipelines/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
