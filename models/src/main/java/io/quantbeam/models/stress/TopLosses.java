package io.quantbeam.models.stress;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The {@code capacity} largest losses seen, exactly, each with its scenario id. Losses are ordered
 * by value (largest first), ties by scenario id (smallest first): a total order, so the set kept
 * and its order do not depend on the order of additions or merges.
 *
 * <p>Amortised O(1) per addition: values go into a buffer of up to twice the capacity, which is cut
 * back to the capacity by quickselect when full; after the first cut, anything ranking below the
 * smallest kept loss is discarded at once.
 */
public final class TopLosses implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int INITIAL_BUFFER = 64;

  private final int capacity;
  private double[] losses;
  private long[] ids;
  private int size;
  private boolean full;
  private double thresholdLoss;
  private long thresholdId;

  public TopLosses(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
    int buffer = (int) Math.min(INITIAL_BUFFER, 2L * capacity);
    this.losses = new double[buffer];
    this.ids = new long[buffer];
  }

  public int capacity() {
    return capacity;
  }

  public void add(double loss, long scenarioId) {
    if (full && !ranksAbove(loss, scenarioId, thresholdLoss, thresholdId)) {
      return;
    }
    if (size == losses.length) {
      if (size < 2L * capacity) {
        int grown = (int) Math.min(2L * capacity, 2L * size);
        losses = Arrays.copyOf(losses, grown);
        ids = Arrays.copyOf(ids, grown);
      } else {
        cut();
      }
    }
    losses[size] = loss;
    ids[size] = scenarioId;
    size++;
  }

  public void addAll(TopLosses other) {
    for (int i = 0; i < other.size; i++) {
      add(other.losses[i], other.ids[i]);
    }
  }

  /** The kept losses, largest first (at most {@link #capacity()}). */
  public Ranked ranked() {
    double[] l = Arrays.copyOf(losses, size);
    long[] id = Arrays.copyOf(ids, size);
    int n = Math.min(size, capacity);
    select(l, id, n);
    sort(l, id, n);
    return new Ranked(Arrays.copyOf(l, n), Arrays.copyOf(id, n));
  }

  /** Losses in rank order with their scenario ids. */
  public record Ranked(double[] losses, long[] scenarioIds) implements Serializable {
    public int size() {
      return losses.length;
    }

    /** The first {@code n} (or all, if fewer). */
    public Ranked first(int n) {
      int k = Math.min(n, losses.length);
      return new Ranked(Arrays.copyOf(losses, k), Arrays.copyOf(scenarioIds, k));
    }
  }

  /** Equal when they keep the same capacity and the same ranked losses: what a coder round trip keeps. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TopLosses other) || capacity != other.capacity) {
      return false;
    }
    Ranked a = ranked();
    Ranked b = other.ranked();
    return Arrays.equals(a.losses(), b.losses()) && Arrays.equals(a.scenarioIds(), b.scenarioIds());
  }

  @Override
  public int hashCode() {
    Ranked r = ranked();
    return 31 * Arrays.hashCode(r.losses()) + Arrays.hashCode(r.scenarioIds());
  }

  /** Serialised as at most {@code capacity} entries and no spare buffer: compact records for shuffles. */
  private Object writeReplace() {
    if (size > capacity) {
      cut();
    }
    return new SerialForm(capacity, Arrays.copyOf(losses, size), Arrays.copyOf(ids, size));
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("TopLosses is serialised through its SerialForm");
  }

  private record SerialForm(int capacity, double[] losses, long[] ids) implements Serializable {
    private Object readResolve() {
      TopLosses top = new TopLosses(capacity);
      for (int i = 0; i < losses.length; i++) {
        top.add(losses[i], ids[i]);
      }
      return top;
    }
  }

  private void cut() {
    select(losses, ids, capacity);
    size = capacity;
    int last = 0;
    for (int i = 1; i < size; i++) {
      if (ranksAbove(losses[last], ids[last], losses[i], ids[i])) {
        last = i;
      }
    }
    full = true;
    thresholdLoss = losses[last];
    thresholdId = ids[last];
  }

  /** Whether (loss a, id a) ranks strictly before (loss b, id b). */
  private static boolean ranksAbove(double lossA, long idA, double lossB, long idB) {
    int c = Double.compare(lossA, lossB);
    return c > 0 || (c == 0 && idA < idB);
  }

  /**
   * Rearranges {@code l[0 … length)} so that its first k entries are the k best-ranked, in no
   * particular order (Hoare's selection with a median-of-three pivot).
   */
  private static void select(double[] l, long[] id, int k) {
    int target = k - 1;
    int lo = 0;
    int hi = l.length - 1;
    if (target >= hi) {
      return;
    }
    while (lo < hi) {
      int pivot = medianOfThree(l, id, lo, lo + ((hi - lo) >>> 1), hi);
      double pl = l[pivot];
      long pid = id[pivot];
      int i = lo;
      int j = hi;
      do {
        while (ranksAbove(l[i], id[i], pl, pid)) {
          i++;
        }
        while (ranksAbove(pl, pid, l[j], id[j])) {
          j--;
        }
        if (i <= j) {
          swap(l, id, i++, j--);
        }
      } while (i <= j);
      if (j < target) {
        lo = i;
      }
      if (target < i) {
        hi = j;
      }
    }
  }

  private static int medianOfThree(double[] l, long[] id, int a, int b, int c) {
    boolean ab = ranksAbove(l[a], id[a], l[b], id[b]);
    boolean bc = ranksAbove(l[b], id[b], l[c], id[c]);
    boolean ac = ranksAbove(l[a], id[a], l[c], id[c]);
    if (ab == bc) {
      return b;
    }
    return ab == ac ? c : a;
  }

  private static void sort(double[] l, long[] id, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> ranksAbove(l[a], id[a], l[b], id[b]) ? -1 : ranksAbove(l[b], id[b], l[a], id[a]) ? 1 : 0);
    double[] ls = new double[n];
    long[] is = new long[n];
    for (int i = 0; i < n; i++) {
      ls[i] = l[order[i]];
      is[i] = id[order[i]];
    }
    System.arraycopy(ls, 0, l, 0, n);
    System.arraycopy(is, 0, id, 0, n);
  }

  private static void swap(double[] l, long[] id, int a, int b) {
    double t = l[a];
    l[a] = l[b];
    l[b] = t;
    long u = id[a];
    id[a] = id[b];
    id[b] = u;
  }
}
