package io.quantbeam.pipelines.merton.wrds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds columns in a header by case-insensitive names and aliases; errors name the file and the header. */
final class Columns {

  static final int ABSENT = -1;

  private final String source;
  private final List<String> header;
  private final List<String> names;
  private final List<String> missing = new ArrayList<>();

  Columns(String source, List<String> header) {
    this.source = source;
    this.header = header;
    this.names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** The first of {@code aliases} present, or {@link #ABSENT}. */
  int optional(String... aliases) {
    for (String alias : aliases) {
      int index = names.indexOf(alias.toLowerCase(Locale.ROOT));
      if (index >= 0) {
        return index;
      }
    }
    return ABSENT;
  }

  /** Like {@link #optional}, remembering a miss for {@link #check(String)}. */
  int required(String... aliases) {
    int index = optional(aliases);
    if (index == ABSENT) {
      missing.add(String.join(" or ", aliases));
    }
    return index;
  }

  /** @throws IllegalArgumentException naming the file, what it should be, and every missing column */
  void check(String kind) {
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + " is not a " + kind + " file: it lacks the column(s) "
          + String.join(", ", missing) + "; its header is " + header);
    }
  }
}
