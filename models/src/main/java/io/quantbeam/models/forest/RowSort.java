package io.quantbeam.models.forest;

/** Argsort of a slice of a double array: a stable merge sort of row indices, no boxing. */
final class RowSort {

  private RowSort() {}

  /**
   * The indices {@code 0 .. length-1} ordered by {@code values[offset + index]} ascending, equal
   * values in index order.
   */
  static int[] ascending(double[] values, int offset, int length) {
    int[] order = new int[length];
    for (int i = 0; i < length; i++) {
      order[i] = i;
    }
    int[] buffer = new int[length];
    for (int width = 1; width < length; width *= 2) {
      for (int lo = 0; lo < length; lo += 2 * width) {
        int mid = Math.min(lo + width, length);
        int hi = Math.min(lo + 2 * width, length);
        merge(values, offset, order, buffer, lo, mid, hi);
      }
      int[] swap = order;
      order = buffer;
      buffer = swap;
    }
    return order;
  }

  private static void merge(double[] values, int offset, int[] from, int[] to, int lo, int mid, int hi) {
    int a = lo;
    int b = mid;
    for (int k = lo; k < hi; k++) {
      if (b >= hi || (a < mid && values[offset + from[a]] <= values[offset + from[b]])) {
        to[k] = from[a++];
      } else {
        to[k] = from[b++];
      }
    }
  }
}
