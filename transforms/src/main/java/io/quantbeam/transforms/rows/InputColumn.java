package io.quantbeam.transforms.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of an {@link InputSchema}: its name (the one used in reasons and messages), the other
 * header names accepted for it (matched case-insensitively, the name first), whether a file must
 * have it and a row must fill it, whether its values travel on in the chunks (or are only checked),
 * and how its values are read.
 */
public record InputColumn(String name, List<String> aliases, boolean required, boolean kept, ColumnType type)
    implements Serializable {

  public InputColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }

  public static InputColumn required(String name, ColumnType type, String... aliases) {
    return new InputColumn(name, List.of(aliases), true, true, type);
  }

  public static InputColumn optional(String name, ColumnType type, String... aliases) {
    return new InputColumn(name, List.of(aliases), false, true, type);
  }

  /** An optional column the schema's check reads but the chunks do not carry (no shuffle bytes for it). */
  public static InputColumn checkedOnly(String name, ColumnType type, String... aliases) {
    return new InputColumn(name, List.of(aliases), false, false, type);
  }

  /** The header names accepted, lower case, the name first. */
  List<String> acceptedNames() {
    List<String> names = new ArrayList<>(1 + aliases.size());
    names.add(name.toLowerCase(Locale.ROOT));
    aliases.forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
    return names;
  }

  /** How a missing column is named in messages, e.g. {@code firm_id (or permno, gvkey)}. */
  String describe() {
    return aliases.isEmpty() ? name : name + " (or " + String.join(", ", aliases) + ")";
  }
}
