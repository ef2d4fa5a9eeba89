package io.quantbeam.transforms.rows;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Validated rows of one key from one input file, in columns, in file order: the unit that travels
 * from the reader to the per-key grouping (thousands of rows per element rather than one). The
 * columns are the {@link InputSchema}'s slots: {@code wholes[slot][row]} and
 * {@code numbers[slot][row]}. Each row remembers its source and line, so later checks
 * (duplicates across files) can name it and sharding by (file, row range) stays possible.
 */
@DefaultCoder(RowChunkCoder.class)
public record RowChunk(String key, List<String> sources, int[] sourceIndex, long[] line, long[][] wholes,
    double[][] numbers) {

  public RowChunk {
    Objects.requireNonNull(key, "key");
    sources = List.copyOf(sources);
    int n = line.length;
    boolean consistent = sourceIndex.length == n;
    for (long[] column : wholes) {
      consistent &= column.length == n;
    }
    for (double[] column : numbers) {
      consistent &= column.length == n;
    }
    if (!consistent) {
      throw new IllegalArgumentException("key " + key + ": chunk column lengths differ");
    }
  }

  public int size() {
    return line.length;
  }

  /** Where row {@code i} came from: {@code file:line}. */
  public String location(int i) {
    return sources.get(sourceIndex[i]) + ":" + line[i];
  }

  /** Appends rows of one key; {@link #build()} hands the columns over. */
  public static final class Builder {
    private static final int INITIAL_CAPACITY = 16;

    private final String key;
    private final List<String> sources;
    private int size;
    private int[] sourceIndex = new int[INITIAL_CAPACITY];
    private long[] line = new long[INITIAL_CAPACITY];
    private final long[][] wholes;
    private final double[][] numbers;

    public Builder(String key, List<String> sources, int wholeSlots, int numberSlots) {
      this.key = key;
      this.sources = sources;
      this.wholes = new long[wholeSlots][INITIAL_CAPACITY];
      this.numbers = new double[numberSlots][INITIAL_CAPACITY];
    }

    /** Appends one row: its source (an index into the sources), line, and one value per slot. */
    public void add(int source, long lineNumber, long[] wholeValues, double[] numberValues) {
      row(source, lineNumber);
      for (int s = 0; s < wholes.length; s++) {
        wholes[s][size - 1] = wholeValues[s];
      }
      for (int s = 0; s < numbers.length; s++) {
        numbers[s][size - 1] = numberValues[s];
      }
    }

    /** Starts a row whose slots {@link #set(int, long)} and {@link #set(int, double)} then fill. */
    public Builder row(int source, long lineNumber) {
      if (size == line.length) {
        int capacity = size * 2;
        sourceIndex = Arrays.copyOf(sourceIndex, capacity);
        line = Arrays.copyOf(line, capacity);
        for (int s = 0; s < wholes.length; s++) {
          wholes[s] = Arrays.copyOf(wholes[s], capacity);
        }
        for (int s = 0; s < numbers.length; s++) {
          numbers[s] = Arrays.copyOf(numbers[s], capacity);
        }
      }
      sourceIndex[size] = source;
      line[size] = lineNumber;
      size++;
      return this;
    }

    /** Sets whole-number slot {@code slot} of the row last started. */
    public Builder set(int slot, long value) {
      wholes[slot][size - 1] = value;
      return this;
    }

    /** Sets number slot {@code slot} of the row last started. */
    public Builder set(int slot, double value) {
      numbers[slot][size - 1] = value;
      return this;
    }

    public int size() {
      return size;
    }

    public RowChunk build() {
      long[][] w = new long[wholes.length][];
      for (int s = 0; s < w.length; s++) {
        w[s] = Arrays.copyOf(wholes[s], size);
      }
      double[][] d = new double[numbers.length][];
      for (int s = 0; s < d.length; s++) {
        d[s] = Arrays.copyOf(numbers[s], size);
      }
      return new RowChunk(key, sources, Arrays.copyOf(sourceIndex, size), Arrays.copyOf(line, size), w, d);
    }
  }
}
