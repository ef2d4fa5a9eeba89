package io.quantbeam.transforms.rows;

import io.quantbeam.transforms.deadletter.DeadLetter;
import java.io.Serializable;

/** A model's checks of a row whose columns have parsed: ranges, relations between columns. */
@FunctionalInterface
public interface RowCheck extends Serializable {

  /** @return null when the row is good, else {@link RowParser#reject} with the reason */
  DeadLetter check(RowParser row);
}
