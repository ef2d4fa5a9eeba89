package io.quantbeam.transforms.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Rows of one key (a CRSP permno) from one input file, in columns: the unit that travels from the
 * raw-file readers to the per-firm join, thousands of rows per element rather than one. Each row
 * keeps its source file and line so later checks can name it; the meaning of the long and double
 * columns is the reader's ({@link CrspColumns}, {@link DebtColumns}).
 */
@DefaultCoder(KeyedColumnsCoder.class)
public record KeyedColumns(String key, List<String> sources, int[] sourceIndex, long[] line, long[][] longs,
    double[][] doubles) {

  public KeyedColumns {
    Objects.requireNonNull(key, "key");
    sources = List.copyOf(sources);
    int n = line.length;
    boolean sameLength = sourceIndex.length == n && Arrays.stream(longs).allMatch(c -> c.length == n)
        && Arrays.stream(doubles).allMatch(c -> c.length == n);
    if (!sameLength) {
      throw new IllegalArgumentException("key " + key + ": column lengths differ");
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
    private final String key;
    private final List<String> sources;
    private int size;
    private int[] sourceIndex = new int[16];
    private long[] line = new long[16];
    private final long[][] longs;
    private final double[][] doubles;

    public Builder(String key, List<String> sources, int longColumns, int doubleColumns) {
      this.key = key;
      this.sources = sources;
      this.longs = new long[longColumns][16];
      this.doubles = new double[doubleColumns][16];
    }

    /** Starts a row; fill its columns with {@link #set(int, long)} and {@link #set(int, double)}. */
    public Builder add(int source, long lineNumber) {
      if (size == line.length) {
        int capacity = size * 2;
        sourceIndex = Arrays.copyOf(sourceIndex, capacity);
        line = Arrays.copyOf(line, capacity);
        for (int c = 0; c < longs.length; c++) {
          longs[c] = Arrays.copyOf(longs[c], capacity);
        }
        for (int c = 0; c < doubles.length; c++) {
          doubles[c] = Arrays.copyOf(doubles[c], capacity);
        }
      }
      sourceIndex[size] = source;
      line[size] = lineNumber;
      size++;
      return this;
    }

    public Builder set(int longColumn, long value) {
      longs[longColumn][size - 1] = value;
      return this;
    }

    public Builder set(int doubleColumn, double value) {
      doubles[doubleColumn][size - 1] = value;
      return this;
    }

    public int size() {
      return size;
    }

    public KeyedColumns build() {
      long[][] l = new long[longs.length][];
      for (int c = 0; c < l.length; c++) {
        l[c] = Arrays.copyOf(longs[c], size);
      }
      double[][] d = new double[doubles.length][];
      for (int c = 0; c < d.length; c++) {
        d[c] = Arrays.copyOf(doubles[c], size);
      }
      return new KeyedColumns(key, sources, Arrays.copyOf(sourceIndex, size), Arrays.copyOf(line, size), l, d);
    }
  }
}
