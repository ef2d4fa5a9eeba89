package io.quantbeam.models.matmul;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser of the Python dict literal in a {@code .npy} header: string keys {@code descr},
 * {@code fortran_order} and {@code shape}; values that are quoted strings, {@code True}/{@code False}
 * or tuples of non-negative integers. Anything else is a format error.
 */
final class NpyHeaderDict {

  private final String text;
  private int pos;

  private NpyHeaderDict(String text) {
    this.text = text;
  }

  static NpyHeader parse(String text, int headerBytes) {
    if (!text.endsWith("\n")) {
      throw new NpyFormatException("malformed header: it does not end with a newline");
    }
    Map<String, Object> dict = new NpyHeaderDict(text).dict();
    if (!dict.keySet().equals(Map.of("descr", 0, "fortran_order", 0, "shape", 0).keySet())) {
      throw new NpyFormatException("header keys must be descr, fortran_order and shape, got " + dict.keySet());
    }
    if (!"<f8".equals(dict.get("descr"))) {
      throw new NpyFormatException("dtype must be '<f8' (little-endian float64), got " + render(dict.get("descr")));
    }
    if (!(dict.get("fortran_order") instanceof Boolean fortranOrder)) {
      throw new NpyFormatException("fortran_order must be True or False, got " + render(dict.get("fortran_order")));
    }
    if (!(dict.get("shape") instanceof List<?> shape)) {
      throw new NpyFormatException("shape must be a tuple, got " + render(dict.get("shape")));
    }
    if (shape.size() != 2) {
      throw new NpyFormatException("expected a 2-D array, got shape " + render(shape));
    }
    return new NpyHeader((Integer) shape.get(0), (Integer) shape.get(1), fortranOrder, headerBytes);
  }

  private Map<String, Object> dict() {
    skipSpace();
    expect('{');
    Map<String, Object> entries = new HashMap<>();
    skipSpace();
    while (peek() != '}') {
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (entries.put(key, value()) != null) {
        throw new NpyFormatException("malformed header: key '" + key + "' appears twice");
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
        skipSpace();
      } else if (peek() != '}') {
        throw error("',' or '}'");
      }
    }
    pos++;
    skipSpace();
    if (pos != text.length()) {
      throw error("the end of the header");
    }
    return entries;
  }

  private Object value() {
    char c = peek();
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '(') {
      return tuple();
    }
    if (text.startsWith("True", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("False", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    throw error("a string, a tuple, True or False");
  }

  private String string() {
    char quote = peek();
    if (quote != '\'' && quote != '"') {
      throw error("a quoted string");
    }
    int end = text.indexOf(quote, pos + 1);
    if (end < 0) {
      throw new NpyFormatException("malformed header: unterminated string at offset " + pos);
    }
    String s = text.substring(pos + 1, end);
    pos = end + 1;
    return s;
  }

  private List<Integer> tuple() {
    expect('(');
    List<Integer> items = new ArrayList<>();
    skipSpace();
    while (peek() != ')') {
      items.add(integer());
      skipSpace();
      if (peek() == ',') {
        pos++;
        skipSpace();
      } else if (peek() != ')') {
        throw error("',' or ')'");
      }
    }
    pos++;
    return items;
  }

  private int integer() {
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("a non-negative integer");
    }
    try {
      return Integer.parseInt(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw new NpyFormatException("dimension " + text.substring(start, pos) + " is too large for one block");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new NpyFormatException("malformed header: it ends early");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private NpyFormatException error(String expected) {
    return new NpyFormatException("malformed header: expected " + expected + " at offset " + pos + " of "
        + render(text.strip()));
  }

  private static String render(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }
}
