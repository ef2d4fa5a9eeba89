package io.quantbeam.transforms.rows;

import java.util.Arrays;
import java.util.List;

/**
 * One key's rows gathered from all its chunks (all input files), addressed by a row index, for
 * assembling the key's series: {@link #firstRowWins} visits them in the order of an ordering
 * column (a date, a timestamp) and, of rows sharing an ordering value, keeps the first by
 * (source, line), so the same input keeps the same row on every runner and parallelism.
 * O(n log n) in the key's rows, for any span of ordering values.
 */
public final class KeyRows {

  private final List<RowChunk> chunks;
  private final int orderSlot;
  private final int[] chunkOf;
  private final int[] rowOf;

  /** @param orderSlot the whole-number slot (see {@link InputSchema#slot}) the rows are ordered by */
  public KeyRows(List<RowChunk> chunks, int orderSlot) {
    this.chunks = chunks;
    this.orderSlot = orderSlot;
    int total = 0;
    for (RowChunk chunk : chunks) {
      total += chunk.size();
    }
    this.chunkOf = new int[total];
    this.rowOf = new int[total];
    int i = 0;
    for (int c = 0; c < chunks.size(); c++) {
      for (int r = 0; r < chunks.get(c).size(); r++) {
        chunkOf[i] = c;
        rowOf[i] = r;
        i++;
      }
    }
  }

  /** What {@link #firstRowWins} tells about each row. */
  public interface Visitor {
    /** {@code row} repeats the ordering value of {@code kept}; called before {@link #keep} of that value. */
    void duplicate(int row, int kept);

    /** {@code row} is the one kept for its ordering value; called in ascending order of the values. */
    void keep(int row);
  }

  public int size() {
    return chunkOf.length;
  }

  /** Visits every row: ascending by ordering value, the first by (source, line) kept, the rest duplicates. */
  public void firstRowWins(Visitor visitor) {
    int[] order = order();
    int total = order.length;
    for (int start = 0; start < total; ) {
      int end = start + 1;
      while (end < total && orderValue(order[end]) == orderValue(order[start])) {
        end++;
      }
      int first = firstBySourceAndLine(order, start, end);
      for (int i = start; i < end; i++) {
        if (order[i] != first) {
          visitor.duplicate(order[i], first);
        }
      }
      visitor.keep(first);
      start = end;
    }
  }

  /**
   * Row indices sorted by ordering value, stable for equal values: the value's rank in the high
   * half of a long and the index in the low half, one primitive sort. The rank is the offset from
   * the smallest value when the values span less than 2^31, else the index among the distinct
   * values (one more sort).
   */
  int[] order() {
    int n = chunkOf.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, orderValue(i));
      max = Math.max(max, orderValue(i));
    }
    long[] keyed = new long[n];
    boolean narrow = n == 0 || (max - min >= 0 && max - min < (1L << 31));
    long[] distinct = narrow ? null : distinctSorted();
    for (int i = 0; i < n; i++) {
      long rank = narrow ? orderValue(i) - min : Arrays.binarySearch(distinct, orderValue(i));
      keyed[i] = (rank << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  private long[] distinctSorted() {
    long[] values = new long[chunkOf.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = orderValue(i);
    }
    Arrays.sort(values);
    int count = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[count - 1]) {
        values[count++] = values[i];
      }
    }
    return Arrays.copyOf(values, count);
  }

  private int firstBySourceAndLine(int[] order, int start, int end) {
    int best = order[start];
    for (int i = start + 1; i < end; i++) {
      int candidate = order[i];
      int bySource = source(candidate).compareTo(source(best));
      if (bySource < 0 || (bySource == 0 && line(candidate) < line(best))) {
        best = candidate;
      }
    }
    return best;
  }

  /** The ordering value of row {@code i}. */
  public long orderValue(int i) {
    return whole(orderSlot, i);
  }

  public long whole(int slot, int i) {
    return chunks.get(chunkOf[i]).wholes()[slot][rowOf[i]];
  }

  public double number(int slot, int i) {
    return chunks.get(chunkOf[i]).numbers()[slot][rowOf[i]];
  }

  public String source(int i) {
    RowChunk chunk = chunks.get(chunkOf[i]);
    return chunk.sources().get(chunk.sourceIndex()[rowOf[i]]);
  }

  public long line(int i) {
    return chunks.get(chunkOf[i]).line()[rowOf[i]];
  }

  /** {@code source:line}, or the source alone when the line is not known. */
  public String location(int i) {
    return source(i) + (line(i) >= 0 ? ":" + line(i) : "");
  }
}
