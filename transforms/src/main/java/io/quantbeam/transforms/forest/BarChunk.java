package io.quantbeam.transforms.forest;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Validated bars of one symbol from one input file, in columns, in file order: the unit that
 * travels from the readers to the per-symbol grouping (thousands of bars per element, not one).
 * Each bar remembers its source and line so that duplicates can be named later.
 */
@DefaultCoder(BarChunkCoder.class)
public record BarChunk(String symbol, List<String> sources, int[] sourceIndex, long[] line, long[] localSeconds,
    double[] open, double[] high, double[] low, double[] close, double[] volume) {

  public BarChunk {
    Objects.requireNonNull(symbol, "symbol");
    sources = List.copyOf(sources);
    int n = localSeconds.length;
    if (sourceIndex.length != n || line.length != n || open.length != n || high.length != n || low.length != n
        || close.length != n || volume.length != n) {
      throw new IllegalArgumentException("symbol " + symbol + ": chunk column lengths differ");
    }
  }

  public int size() {
    return localSeconds.length;
  }

  /** Appends bars of one symbol; {@link #build()} hands the columns over. */
  public static final class Builder {
    private final String symbol;
    private final List<String> sources;
    private int size;
    private int[] sourceIndex = new int[16];
    private long[] line = new long[16];
    private long[] seconds = new long[16];
    private double[][] prices = new double[5][16];

    public Builder(String symbol, List<String> sources) {
      this.symbol = symbol;
      this.sources = sources;
    }

    public void add(int source, long lineNumber, long localSeconds, double open, double high, double low, double close,
        double volume) {
      if (size == seconds.length) {
        int capacity = size * 2;
        sourceIndex = Arrays.copyOf(sourceIndex, capacity);
        line = Arrays.copyOf(line, capacity);
        seconds = Arrays.copyOf(seconds, capacity);
        for (int c = 0; c < prices.length; c++) {
          prices[c] = Arrays.copyOf(prices[c], capacity);
        }
      }
      sourceIndex[size] = source;
      line[size] = lineNumber;
      seconds[size] = localSeconds;
      prices[0][size] = open;
      prices[1][size] = high;
      prices[2][size] = low;
      prices[3][size] = close;
      prices[4][size] = volume;
      size++;
    }

    public int size() {
      return size;
    }

    public BarChunk build() {
      return new BarChunk(symbol, sources, Arrays.copyOf(sourceIndex, size), Arrays.copyOf(line, size),
          Arrays.copyOf(seconds, size), Arrays.copyOf(prices[0], size), Arrays.copyOf(prices[1], size),
          Arrays.copyOf(prices[2], size), Arrays.copyOf(prices[3], size), Arrays.copyOf(prices[4], size));
    }
  }
}
