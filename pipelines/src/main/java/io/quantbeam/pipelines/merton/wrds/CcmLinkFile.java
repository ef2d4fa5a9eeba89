package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.pipelines.options.FileFormat;
import io.quantbeam.transforms.rows.InputRow;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The CRSP/Compustat link table (CCM linktable): gvkey, LPERMNO (or PERMNO), LINKDT, LINKENDDT
 * (empty or "E" = still valid), and optionally LINKTYPE and LINKPRIM. As is usual, only links of
 * type LC, LU or LS and primary marker P or C are kept when those columns are present. A small
 * reference table, read whole before the run: a bad row stops the run naming its file and line.
 */
public final class CcmLinkFile {

  private static final Set<String> LINK_TYPES = Set.of("LC", "LU", "LS");
  private static final Set<String> PRIMARY = Set.of("P", "C");

  /** A gvkey ↔ permno link valid on days {@code start … end} (inclusive, days since 1970-01-01). */
  public record Link(String permno, long start, long end) implements Serializable {}

  private CcmLinkFile() {}

  /** Links by gvkey (as a plain decimal integer text). */
  public static Map<String, List<Link>> read(String filePattern, FileFormat formatOrNull) throws IOException {
    MatchResult match = FileSystems.match(filePattern, EmptyMatchTreatment.DISALLOW);
    if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
      throw new IllegalArgumentException("--links matched no readable file: " + filePattern);
    }
    Map<String, List<Link>> links = new HashMap<>();
    for (MatchResult.Metadata file : match.metadata()) {
      String source = file.resourceId().toString();
      FileFormat format = formatOrNull != null ? formatOrNull : FileFormat.ofFileName(source);
      try (TabularReader reader = TabularReader.open(file, format)) {
        Columns columns = new Columns(source, reader.header());
        int gvkey = columns.required("gvkey");
        int permno = columns.required("LPERMNO", "PERMNO");
        int start = columns.required("LINKDT");
        int end = columns.required("LINKENDDT");
        int type = columns.optional("LINKTYPE");
        int primary = columns.optional("LINKPRIM");
        columns.check("CCM link table (gvkey, LPERMNO, LINKDT, LINKENDDT)");
        while (reader.next()) {
          InputRow row = reader.row();
          String where = "--links file " + source + " line " + row.line();
          if (reader.malformation() != null) {
            throw new IllegalArgumentException(where + " " + reader.malformation() + ": " + row.payload());
          }
          if (!keep(row, type, LINK_TYPES) || !keep(row, primary, PRIMARY)) {
            continue;
          }
          String g = Permnos.normalise(row, gvkey);
          String p = Permnos.normalise(row, permno);
          if (g == null || p == null || row.isEmpty(start)) {
            if (p == null && g != null && !row.isEmpty(permno)) {
              throw new IllegalArgumentException(where + ": LPERMNO is not a whole number: " + row.payload());
            }
            if (p == null) {
              continue; // CCM lists gvkeys without a CRSP security (LPERMNO empty): nothing to link
            }
            throw new IllegalArgumentException(where + " lacks gvkey or LINKDT: " + row.payload());
          }
          try {
            long from = WrdsDates.epochDay(row, start);
            String endText = row.isEmpty(end) ? "E" : row.text(end).trim().toUpperCase(Locale.ROOT);
            long to = endText.equals("E") ? Long.MAX_VALUE : WrdsDates.epochDay(row, end);
            if (to < from) {
              throw new IllegalArgumentException("LINKENDDT is before LINKDT");
            }
            links.computeIfAbsent(g, k -> new ArrayList<>()).add(new Link(p, from, to));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return links;
  }

  private static boolean keep(InputRow row, int column, Set<String> accepted) {
    return column == Columns.ABSENT || (!row.isEmpty(column)
        && accepted.contains(row.text(column).trim().toUpperCase(Locale.ROOT)));
  }
}
