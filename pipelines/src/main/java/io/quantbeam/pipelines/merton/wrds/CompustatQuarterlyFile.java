package io.quantbeam.pipelines.merton.wrds;

import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.prepare.DebtColumns;
import io.quantbeam.transforms.rows.RowChunk;
import io.quantbeam.transforms.prepare.PrepareMetrics;
import io.quantbeam.transforms.rows.InputRow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Compustat quarterly fundamentals (fundq): GVKEY (or a PERMNO/LPERMNO link column), datadate,
 * DLCQ (debt in current liabilities) and DLTTQ (long-term debt), in millions of dollars. Each
 * quarter's default point DLCQ + ½·DLTTQ becomes usable {@code reportingLagDays} calendar days
 * after datadate (reports are filed weeks after the quarter ends: using it on datadate would look
 * ahead), and only while a link ties the gvkey to the permno. One missing item of the two is taken
 * as 0 (counted); both missing, or a negative item, rejects the row.
 */
public final class CompustatQuarterlyFile implements RawRowParser.Kind {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<CcmLinkFile.Link>> linksByGvkey;
  private final int reportingLagDays;

  /** @param linksByGvkey from {@link CcmLinkFile}; unused for files with their own permno column */
  public CompustatQuarterlyFile(Map<String, List<CcmLinkFile.Link>> linksByGvkey, int reportingLagDays) {
    this.linksByGvkey = linksByGvkey;
    this.reportingLagDays = reportingLagDays;
  }

  /** True when a file with this header names the permno itself, so it needs no link table. */
  public static boolean hasOwnLink(List<String> header) {
    return new Columns("", header).optional("PERMNO", "LPERMNO") != Columns.ABSENT;
  }

  @Override
  public RowChunk.Builder builder(String permno, List<String> sources) {
    return DebtColumns.builder(permno, sources);
  }

  @Override
  public RawRowParser open(String source, List<String> header) {
    Columns columns = new Columns(source, header);
    int permno = columns.optional("PERMNO", "LPERMNO");
    int gvkey = permno == Columns.ABSENT ? columns.required("GVKEY") : columns.optional("GVKEY");
    int datadate = columns.required("datadate");
    int dlcq = columns.required("DLCQ");
    int dlttq = columns.required("DLTTQ");
    columns.check("Compustat quarterly (GVKEY or PERMNO, datadate, DLCQ, DLTTQ)");
    return new Parser(permno, gvkey, datadate, dlcq, dlttq);
  }

  private final class Parser implements RawRowParser {
    private final int permno;
    private final int gvkey;
    private final int datadate;
    private final int dlcq;
    private final int dlttq;
    private final Counter missingAsZero = Metrics.counter(PrepareMetrics.NAMESPACE,
        PrepareMetrics.DEBT_ITEM_MISSING_AS_ZERO);
    private final Counter unlinked = Metrics.counter(PrepareMetrics.NAMESPACE, PrepareMetrics.COMPUSTAT_ROWS_UNLINKED);

    Parser(int permno, int gvkey, int datadate, int dlcq, int dlttq) {
      this.permno = permno;
      this.gvkey = gvkey;
      this.datadate = datadate;
      this.dlcq = dlcq;
      this.dlttq = dlttq;
    }

    @Override
    public DeadLetter parse(InputRow row, Function<String, RowChunk.Builder> builderFor) {
      String ownPermno = permno == Columns.ABSENT ? null : Permnos.normalise(row, permno);
      String key = Permnos.normalise(row, gvkey);
      if (permno != Columns.ABSENT ? ownPermno == null : key == null) {
        return RawRowParser.reject(row, permno != Columns.ABSENT ? "missing_permno" : "missing_gvkey",
            (permno != Columns.ABSENT ? "PERMNO" : "GVKEY") + " is missing or not a whole number");
      }
      long quarterEnd;
      try {
        if (row.isEmpty(datadate)) {
          return RawRowParser.reject(row, "missing_datadate", "datadate is missing");
        }
        quarterEnd = WrdsDates.epochDay(row, datadate);
      } catch (IllegalArgumentException e) {
        return RawRowParser.reject(row, "unparseable_date", e.getMessage());
      }
      double current;
      double longTerm;
      try {
        if (row.isEmpty(dlcq) && row.isEmpty(dlttq)) {
          return RawRowParser.reject(row, "missing_debt", "DLCQ and DLTTQ are both missing");
        }
        current = row.isEmpty(dlcq) ? 0 : row.number(dlcq);
        longTerm = row.isEmpty(dlttq) ? 0 : row.number(dlttq);
      } catch (NumberFormatException e) {
        return RawRowParser.reject(row, "unparseable_number", "DLCQ or DLTTQ is not a number: " + e.getMessage());
      }
      if (!(current >= 0) || !(longTerm >= 0) || Double.isInfinite(current + longTerm)) {
        return RawRowParser.reject(row, "negative_debt", "DLCQ and DLTTQ must be finite and >= 0, are " + current + ", "
            + longTerm);
      }
      if (row.isEmpty(dlcq) || row.isEmpty(dlttq)) {
        missingAsZero.inc();
      }
      double defaultPoint = current + 0.5 * longTerm; // millions of dollars
      long usableFrom = quarterEnd + reportingLagDays;
      long gvkeyNumber = key == null ? -1 : Long.parseLong(key);
      if (ownPermno != null) {
        append(builderFor.apply(ownPermno), row, quarterEnd, usableFrom, Long.MAX_VALUE, gvkeyNumber, defaultPoint);
        return null;
      }
      List<CcmLinkFile.Link> links = linksByGvkey.getOrDefault(key, List.of());
      boolean used = false;
      for (CcmLinkFile.Link link : links) {
        long from = Math.max(usableFrom, link.start());
        if (from <= link.end()) {
          append(builderFor.apply(link.permno()), row, quarterEnd, from, link.end(), gvkeyNumber, defaultPoint);
          used = true;
        }
      }
      if (!used) {
        unlinked.inc(); // a gvkey without a CRSP security in the link table is normal, not an error
      }
      return null;
    }

    private void append(RowChunk.Builder builder, InputRow row, long quarterEnd, long from, long to, long gvkeyNumber,
        double defaultPoint) {
      builder.row(0, row.line())
          .set(DebtColumns.DATADATE, quarterEnd)
          .set(DebtColumns.VALID_FROM, from)
          .set(DebtColumns.VALID_TO, to)
          .set(DebtColumns.GVKEY, gvkeyNumber)
          .set(DebtColumns.DEFAULT_POINT, defaultPoint);
    }
  }
}
