package io.quantbeam.pipelines.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.deadletter.DeadLetterCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes a run's rejected input as JSON lines under {@code <output>/dead-letter/}, one object per
 * record with source, line, step, reason, detail and payload, and counts them per reason
 * (counters {@code rejected} and {@code rejected_<reason>} in the pipeline's namespace). Payloads
 * are written to the file only, never logged.
 */
public final class DeadLetterOutput {

  public static final String FOLDER = "dead-letter";
  public static final String REJECTED = "rejected";

  private DeadLetterOutput() {}

  /** Flattens the rejected records of every step (none is fine) and writes them. */
  public static void writeAll(PCollectionList<DeadLetter> deadLetters, String outputDir, String metricNamespace) {
    write(deadLetters.apply("AllRejected", Flatten.pCollections()).setCoder(DeadLetterCoder.of()), outputDir,
        metricNamespace);
  }

  public static void write(PCollection<DeadLetter> deadLetters, String outputDir, String metricNamespace) {
    deadLetters
        .apply("CountAndFormatDeadLetters", ParDo.of(new ToJsonLine(metricNamespace)))
        .apply("WriteDeadLetters", TextIO.write()
            .to(OutputPaths.child(outputDir, FOLDER + "/dead-letter"))
            .withSuffix(".jsonl"));
  }

  private static final class ToJsonLine extends DoFn<DeadLetter, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String namespace;
    private transient Counter total;
    private transient Map<String, Counter> byReason;

    ToJsonLine(String namespace) {
      this.namespace = namespace;
    }

    @Setup
    public void setup() {
      total = Metrics.counter(namespace, REJECTED);
      byReason = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element DeadLetter deadLetter, OutputReceiver<String> out) throws JsonProcessingException {
      total.inc();
      byReason.computeIfAbsent(deadLetter.reason(), r -> Metrics.counter(namespace, REJECTED + "_" + r)).inc();
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("source", deadLetter.source());
      fields.put("line", deadLetter.line() == DeadLetter.UNKNOWN_LINE ? null : deadLetter.line());
      fields.put("step", deadLetter.step());
      fields.put("reason", deadLetter.reason());
      fields.put("detail", deadLetter.detail());
      fields.put("payload", deadLetter.payload());
      out.output(JSON.writeValueAsString(fields));
    }
  }
}
