package io.quantbeam.transforms.merton;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Validated observations of one firm from one input file, in columns, in file order: the unit that
 * travels from the readers to the per-firm grouping (thousands of rows per element rather than
 * one). A rate of NaN means "take it from the risk-free-rate file". Each row remembers its source
 * and line so later checks (duplicates, missing rates) can name it.
 */
@DefaultCoder(FirmChunkCoder.class)
public record FirmChunk(String firmId, List<String> sources, int[] sourceIndex, long[] line, long[] epochDay,
    double[] equityValue, double[] faceValueDebt, double[] riskFreeRate) {

  public FirmChunk {
    Objects.requireNonNull(firmId, "firmId");
    sources = List.copyOf(sources);
    int n = epochDay.length;
    if (sourceIndex.length != n || line.length != n || equityValue.length != n || faceValueDebt.length != n
        || riskFreeRate.length != n) {
      throw new IllegalArgumentException("firm " + firmId + ": chunk column lengths differ");
    }
  }

  public int size() {
    return epochDay.length;
  }

  /** Appends rows of one firm; {@link #build()} hands the columns over. */
  public static final class Builder {
    private final String firmId;
    private final List<String> sources;
    private int size;
    private int[] sourceIndex = new int[16];
    private long[] line = new long[16];
    private long[] epochDay = new long[16];
    private double[] equity = new double[16];
    private double[] debt = new double[16];
    private double[] rate = new double[16];

    public Builder(String firmId, List<String> sources) {
      this.firmId = firmId;
      this.sources = sources;
    }

    public void add(int source, long lineNumber, long day, double equityValue, double faceValueDebt, double riskFreeRate) {
      if (size == epochDay.length) {
        int capacity = size * 2;
        sourceIndex = Arrays.copyOf(sourceIndex, capacity);
        line = Arrays.copyOf(line, capacity);
        epochDay = Arrays.copyOf(epochDay, capacity);
        equity = Arrays.copyOf(equity, capacity);
        debt = Arrays.copyOf(debt, capacity);
        rate = Arrays.copyOf(rate, capacity);
      }
      sourceIndex[size] = source;
      line[size] = lineNumber;
      epochDay[size] = day;
      equity[size] = equityValue;
      debt[size] = faceValueDebt;
      rate[size] = riskFreeRate;
      size++;
    }

    public int size() {
      return size;
    }

    public FirmChunk build() {
      return new FirmChunk(firmId, sources, Arrays.copyOf(sourceIndex, size), Arrays.copyOf(line, size),
          Arrays.copyOf(epochDay, size), Arrays.copyOf(equity, size), Arrays.copyOf(debt, size),
          Arrays.copyOf(rate, size));
    }
  }
}
