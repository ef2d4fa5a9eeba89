package io.quantbeam.transforms.deadletter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** A compact, deterministic coder for {@link DeadLetter}. */
public final class DeadLetterCoder extends AtomicCoder<DeadLetter> {

  private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  public static DeadLetterCoder of() {
    return INSTANCE;
  }

  private DeadLetterCoder() {}

  @Override
  public void encode(DeadLetter value, OutputStream out) throws IOException {
    STRING.encode(value.source(), out);
    LONG.encode(value.line() + 1, out); // -1 (unknown) encodes as 0: varints are short for small non-negatives
    STRING.encode(value.step(), out);
    STRING.encode(value.reason(), out);
    STRING.encode(value.detail(), out);
    STRING.encode(value.payload(), out);
  }

  @Override
  public DeadLetter decode(InputStream in) throws IOException {
    return new DeadLetter(STRING.decode(in), LONG.decode(in) - 1, STRING.decode(in), STRING.decode(in),
        STRING.decode(in), STRING.decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
