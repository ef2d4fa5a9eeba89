package io.quantbeam.transforms.matmul;

import java.util.Arrays;
import java.util.Objects;

/**
 * A partial result of Freivalds' check for one block row: a rows×p panel of a product with the
 * probe vectors X, its rounding bound (same shape, or empty when not needed), and the index of the
 * block it came from, which fixes the order in which partial panels are summed.
 *
 * @param source index of the contributing block along the summed dimension
 * @param signed the product panel, row-major rows×p
 * @param bound the magnitude panel |M|·|v|, row-major rows×p, or empty
 */
public record ProbePanel(int source, double[] signed, double[] bound) {

  public ProbePanel {
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(bound, "bound");
    if (bound.length != 0 && bound.length != signed.length) {
      throw new IllegalArgumentException("bound must be empty or as long as signed: " + bound.length + " vs "
          + signed.length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbePanel p && source == p.source && Arrays.equals(signed, p.signed)
        && Arrays.equals(bound, p.bound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, Arrays.hashCode(signed), Arrays.hashCode(bound));
  }

  @Override
  public String toString() {
    return "ProbePanel[source=" + source + ", " + signed.length + " values]";
  }
}
