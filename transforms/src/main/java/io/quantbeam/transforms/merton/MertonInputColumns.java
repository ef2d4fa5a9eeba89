package io.quantbeam.transforms.merton;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the Merton input fields sit in a file's header. Names are matched case-insensitively,
 * with the aliases of specs/merton.md (the published study's column names among them).
 */
public final class MertonInputColumns implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int ABSENT = -1;

  private static final List<String> FIRM_ID = List.of("firm_id", "permno", "gvkey");
  private static final List<String> DATE = List.of("date");
  private static final List<String> EQUITY_VALUE = List.of("equity_value", "mkt_val");
  private static final List<String> FACE_VALUE_DEBT = List.of("face_value_debt");
  private static final List<String> RISK_FREE_RATE = List.of("risk_free_rate", "dgs1");
  private static final List<String> RET = List.of("ret");

  private final int firmId;
  private final int date;
  private final int equityValue;
  private final int faceValueDebt;
  private final int riskFreeRate;
  private final int ret;
  private final int columnCount;

  private MertonInputColumns(List<String> header) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    firmId = find(names, FIRM_ID);
    int named = find(names, DATE);
    // pandas' to_csv writes a date index as an unnamed first column
    date = named == ABSENT && !names.isEmpty() && names.get(0).isEmpty() ? 0 : named;
    equityValue = find(names, EQUITY_VALUE);
    faceValueDebt = find(names, FACE_VALUE_DEBT);
    riskFreeRate = find(names, RISK_FREE_RATE);
    ret = find(names, RET);
    columnCount = names.size();
  }

  /**
   * Resolves a header. @throws IllegalArgumentException naming {@code source} and every required
   * column that is missing
   */
  public static MertonInputColumns resolve(String source, List<String> header) {
    return resolve(source, header, false);
  }

  /**
   * Resolves a header; with {@code firmIdFromFileName} the file holds one firm, named by the file,
   * and needs no firm column. @throws IllegalArgumentException naming {@code source} and every
   * required column that is missing
   */
  public static MertonInputColumns resolve(String source, List<String> header, boolean firmIdFromFileName) {
    MertonInputColumns columns = new MertonInputColumns(header);
    List<String> missing = new ArrayList<>();
    if (columns.firmId == ABSENT && !firmIdFromFileName) {
      missing.add("firm_id (or permno, gvkey)");
    }
    if (columns.date == ABSENT) {
      missing.add("date");
    }
    if (columns.equityValue == ABSENT) {
      missing.add("equity_value (or mkt_val)");
    }
    if (columns.faceValueDebt == ABSENT) {
      missing.add("face_value_debt");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + " lacks the column(s) " + String.join(", ", missing)
          + "; its header is " + header);
    }
    return columns;
  }

  /**
   * True for the layout of one file per firm as pandas writes it: no firm column, and the first
   * column named {@code date} or unnamed (a date index).
   */
  public static boolean looksLikeOneFirmPerFile(List<String> header) {
    List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    return find(names, FIRM_ID) == ABSENT && !names.isEmpty() && (names.get(0).isEmpty() || names.get(0).equals("date"));
  }

  /** The firm id a per-firm file's name gives: the name without folders and extensions ({@code 10001.csv.gz} → 10001). */
  public static String firmIdOfFile(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
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

  public int firmId() {
    return firmId;
  }

  public int date() {
    return date;
  }

  public int equityValue() {
    return equityValue;
  }

  public int faceValueDebt() {
    return faceValueDebt;
  }

  /** The rate column, or {@link #ABSENT} when rates come from a separate file. */
  public int riskFreeRate() {
    return riskFreeRate;
  }

  /** The optional daily return column, or {@link #ABSENT}. */
  public int ret() {
    return ret;
  }

  public boolean hasRiskFreeRate() {
    return riskFreeRate != ABSENT;
  }

  /** How many columns the header has. */
  public int columnCount() {
    return columnCount;
  }
}
