package io.quantbeam.transforms.deadletter;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * An input record a pipeline could not use, kept with everything needed to find and fix it.
 *
 * @param source the file (or other origin) the record came from
 * @param line the 1-based line or row number in {@code source}, or -1 where it is not known
 * @param step the pipeline step that rejected it, e.g. {@code parse}, {@code validate}
 * @param reason a short snake_case code; runs count rejections per code
 * @param detail a message for people: what is wrong and with which field
 * @param payload the raw input text as read
 */
@DefaultCoder(DeadLetterCoder.class)
public record DeadLetter(String source, long line, String step, String reason, String detail, String payload)
    implements Serializable {

  public static final long UNKNOWN_LINE = -1;

  public DeadLetter {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(payload, "payload");
  }
}
