package io.quantbeam.transforms.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns a model reads from its input files, in order, and the model's own checks of a
 * parsed row. Column 0 is the key (TEXT): rows are grouped by it. Every other kept column goes
 * into a slot of a {@link RowChunk}: whole-number types (DATE, TIMESTAMP, LONG) into its
 * {@code wholes}, DOUBLE into its {@code numbers}, numbered in schema order; {@link #slot(int)}
 * tells which ({@link InputColumn#checkedOnly} columns have none). An optional column a file lacks, or an empty cell, reads as NaN (numbers) or
 * {@link #NO_WHOLE} (wholes).
 */
public final class InputSchema implements Serializable {

  private static final long serialVersionUID = 1L;
  /** The file column of a schema column the file lacks. */
  public static final int ABSENT = -1;
  /** An empty whole-number cell. */
  public static final long NO_WHOLE = Long.MIN_VALUE;

  private final List<InputColumn> columns;
  private final int[] slots;
  private final int wholeSlots;
  private final int numberSlots;
  private final RowCheck check;

  private InputSchema(List<InputColumn> columns, RowCheck check) {
    if (columns.isEmpty() || columns.get(0).type() != ColumnType.TEXT) {
      throw new IllegalArgumentException("an input schema starts with its key column, of type TEXT");
    }
    this.columns = List.copyOf(columns);
    this.check = check;
    this.slots = new int[columns.size()];
    int wholes = 0;
    int numbers = 0;
    slots[0] = -1;
    for (int c = 1; c < columns.size(); c++) {
      ColumnType type = columns.get(c).type();
      if (type == ColumnType.TEXT) {
        throw new IllegalArgumentException("only the key column may be TEXT: " + columns.get(c).name());
      }
      if (!columns.get(c).kept()) {
        slots[c] = -1;
      } else {
        slots[c] = type.isWhole() ? wholes++ : numbers++;
      }
    }
    this.wholeSlots = wholes;
    this.numberSlots = numbers;
  }

  /**
   * @param check the model's checks of a parsed row (ranges, relations between columns), or null
   * @param columns the key column first
   */
  public static InputSchema of(RowCheck check, InputColumn... columns) {
    return new InputSchema(List.of(columns), check);
  }

  public List<InputColumn> columns() {
    return columns;
  }

  public InputColumn column(int column) {
    return columns.get(column);
  }

  /** The {@link RowChunk} slot of a kept non-key column: an index into its wholes or its numbers by type; else -1. */
  public int slot(int column) {
    return slots[column];
  }

  public int wholeSlots() {
    return wholeSlots;
  }

  public int numberSlots() {
    return numberSlots;
  }

  RowCheck check() {
    return check;
  }

  /**
   * Where each schema column sits in a file's header ({@link #ABSENT} for an optional column it
   * lacks). Header names are trimmed and matched case-insensitively, the column's name before its
   * aliases.
   *
   * @throws IllegalArgumentException naming {@code source} and every required column it lacks
   */
  public int[] resolve(String source, List<String> header) {
    return resolve(source, header, false);
  }

  /**
   * Like {@link #resolve(String, List)}; with {@code keyFromFileName} the file holds one key, named
   * by the file, and needs no key column (column 0). An unnamed first column (what pandas' to_csv
   * writes for a date index) stands for a date column the header does not name.
   */
  public int[] resolve(String source, List<String> header, boolean keyFromFileName) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    int[] fileColumns = new int[columns.size()];
    List<String> missing = new ArrayList<>();
    boolean unnamedFirst = !names.isEmpty() && names.get(0).isEmpty();
    for (int c = 0; c < columns.size(); c++) {
      InputColumn column = columns.get(c);
      fileColumns[c] = find(names, column.acceptedNames());
      if (fileColumns[c] == ABSENT && column.type() == ColumnType.DATE && unnamedFirst) {
        fileColumns[c] = 0;
        unnamedFirst = false;
      }
      if (fileColumns[c] == ABSENT && column.required() && !(c == 0 && keyFromFileName)) {
        missing.add(column.describe());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + " lacks the column(s) " + String.join(", ", missing)
          + "; its header is " + header);
    }
    return fileColumns;
  }

  /**
   * True for a file of one key as pandas writes it: no key column, and the first column unnamed (a
   * date index) or named {@code date}.
   */
  public boolean looksLikeOneKeyPerFile(List<String> header) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    return find(names, columns.get(0).acceptedNames()) == ABSENT && !names.isEmpty()
        && (names.get(0).isEmpty() || names.get(0).equals("date"));
  }

  private static int find(List<String> names, List<String> accepted) {
    for (String name : accepted) {
      int index = names.indexOf(name);
      if (index >= 0) {
        return index;
      }
    }
    return ABSENT;
  }

  @Override
  public String toString() {
    return "InputSchema" + Arrays.toString(columns.stream().map(InputColumn::name).toArray());
  }
}
