package io.quantbeam.models.matmul;

/**
 * The parsed header of a 2-D float64 {@code .npy} file.
 *
 * @param rows first dimension of the array's shape, &ge; 0
 * @param cols second dimension of the array's shape, &ge; 0
 * @param fortranOrder true if the data is stored column-major (NumPy's {@code fortran_order})
 * @param headerBytes length of the whole header (magic, version, length field, dict, padding) in bytes:
 *     the offset of the first data byte
 */
public record NpyHeader(int rows, int cols, boolean fortranOrder, int headerBytes) {

  public NpyHeader {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("shape must be non-negative, got (" + rows + ", " + cols + ")");
    }
    if (headerBytes <= 0) {
      throw new IllegalArgumentException("headerBytes must be > 0, got " + headerBytes);
    }
  }

  /** Number of values in the array. */
  public long elementCount() {
    return (long) rows * cols;
  }

  /** Number of data bytes after the header (8 per value). */
  public long dataBytes() {
    return elementCount() * Double.BYTES;
  }

  /** Exact size of a well-formed file with this header. */
  public long fileBytes() {
    return headerBytes + dataBytes();
  }
}
