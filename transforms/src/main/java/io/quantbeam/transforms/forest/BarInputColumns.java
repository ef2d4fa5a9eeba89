package io.quantbeam.transforms.forest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the minute-bar fields sit in a file's header, matched case-insensitively: symbol (or
 * ticker), timestamp (or datetime, date_time), open, high, low, close, volume; all are required.
 */
public final class BarInputColumns implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int ABSENT = -1;

  private final int symbol;
  private final int timestamp;
  private final int open;
  private final int high;
  private final int low;
  private final int close;
  private final int volume;

  private BarInputColumns(List<String> header) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    symbol = find(names, "symbol", "ticker");
    timestamp = find(names, "timestamp", "datetime", "date_time");
    open = find(names, "open");
    high = find(names, "high");
    low = find(names, "low");
    close = find(names, "close");
    volume = find(names, "volume");
  }

  /** @throws IllegalArgumentException naming {@code source} and every required column it lacks */
  public static BarInputColumns resolve(String source, List<String> header) {
    BarInputColumns columns = new BarInputColumns(header);
    List<String> missing = new ArrayList<>();
    if (columns.symbol == ABSENT) {
      missing.add("symbol (or ticker)");
    }
    if (columns.timestamp == ABSENT) {
      missing.add("timestamp (or datetime)");
    }
    String[] names = {"open", "high", "low", "close", "volume"};
    int[] found = {columns.open, columns.high, columns.low, columns.close, columns.volume};
    for (int i = 0; i < names.length; i++) {
      if (found[i] == ABSENT) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + " lacks the column(s) " + String.join(", ", missing)
          + "; its header is " + header);
    }
    return columns;
  }

  private static int find(List<String> names, String... accepted) {
    for (String name : accepted) {
      int index = names.indexOf(name);
      if (index >= 0) {
        return index;
      }
    }
    return ABSENT;
  }

  public int symbol() {
    return symbol;
  }

  public int timestamp() {
    return timestamp;
  }

  public int open() {
    return open;
  }

  public int high() {
    return high;
  }

  public int low() {
    return low;
  }

  public int close() {
    return close;
  }

  public int volume() {
    return volume;
  }
}
