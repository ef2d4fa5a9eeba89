package io.quantbeam.pipelines.merton;

import io.quantbeam.models.synthetic.SyntheticWrdsData;
import io.quantbeam.pipelines.io.OutputPaths;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;

/**
 * Writes {@link SyntheticWrdsData}'s raw files as WRDS and FRED deliver them (CSV): {@code crsp_dsf.csv}
 * (PERMNO,date,PRC,SHROUT,RET — rows ordered by date across firms, as a date-partitioned export
 * is, so no firm's rows are contiguous), {@code comp_fundq.csv} (GVKEY,datadate,DLCQ,DLTTQ, dates as
 * SAS's YYYYMMDD), {@code ccm_link.csv} (gvkey,LPERMNO,LINKDT,LINKENDDT,LINKTYPE,LINKPRIM; "E" for
 * open links) and {@code DGS1.csv} (DATE,DGS1 in percent, "." on holidays).
 */
final class SampleRawFiles {

  static final String CRSP = "crsp_dsf.csv";
  static final String COMPUSTAT = "comp_fundq.csv";
  static final String LINKS = "ccm_link.csv";
  static final String RATES = "DGS1.csv";
  /** Firms whose CRSP rows are interleaved by date; bounds the memory of the writer. */
  private static final int BLOCK = 64;

  private SampleRawFiles() {}

  /** Writes the four files of {@code firms} firms on a {@code years}-year calendar into {@code folder}. */
  static MertonPreparePipeline.RawFiles write(String folder, int firms, int years, long seed) {
    if (firms < 1 || years < 1) {
      throw new IllegalArgumentException("the raw sample needs >= 1 firm and >= 1 year, got " + firms + ", " + years);
    }
    SyntheticWrdsData data = new SyntheticWrdsData(seed, SampleFirms.START, years * SampleFirms.DAYS_PER_YEAR);
    try {
      try (Writer out = open(folder, CRSP)) {
        out.write("PERMNO,date,PRC,SHROUT,RET\n");
        for (int block = 0; block < firms; block += BLOCK) {
          List<SyntheticWrdsData.CrspRow> rows = new ArrayList<>();
          for (int firm = block; firm < Math.min(firms, block + BLOCK); firm++) {
            rows.addAll(data.crsp(firm));
          }
          rows.sort(Comparator.comparingLong(SyntheticWrdsData.CrspRow::day)
              .thenComparing(Comparator.comparingLong(SyntheticWrdsData.CrspRow::permno).reversed()));
          for (SyntheticWrdsData.CrspRow r : rows) {
            out.write(r.permno() + "," + LocalDate.ofEpochDay(r.day()) + "," + plain(r.price()) + ","
                + r.sharesThousands() + "," + r.ret() + "\n");
          }
        }
      }
      try (Writer out = open(folder, COMPUSTAT)) {
        out.write("GVKEY,datadate,DLCQ,DLTTQ\n");
        for (int firm = 0; firm < firms; firm++) {
          for (SyntheticWrdsData.FundamentalRow r : data.compustat(firm)) {
            out.write(String.format("%06d", r.gvkey()) + "," + sasDate(r.datadate()) + "," + plain(r.dlcq()) + ","
                + plain(r.dlttq()) + "\n");
          }
        }
      }
      try (Writer out = open(folder, LINKS)) {
        out.write("gvkey,LPERMNO,LINKDT,LINKENDDT,LINKTYPE,LINKPRIM\n");
        for (int firm = 0; firm < firms; firm++) {
          for (SyntheticWrdsData.LinkRow r : data.links(firm)) {
            out.write(String.format("%06d", r.gvkey()) + "," + r.permno() + "," + sasDate(r.start()) + ","
                + (r.end() == Long.MAX_VALUE ? "E" : sasDate(r.end())) + "," + r.linkType() + "," + r.linkPrimary()
                + "\n");
          }
        }
      }
      try (Writer out = open(folder, RATES)) {
        out.write("DATE,DGS1\n");
        for (SyntheticWrdsData.RateRow r : data.dgs1()) {
          out.write(LocalDate.ofEpochDay(r.day()) + "," + (Double.isNaN(r.percent()) ? "." : plain(r.percent())) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the raw sample to " + folder + ": " + e.getMessage(), e);
    }
    return new MertonPreparePipeline.RawFiles(OutputPaths.child(folder, CRSP), OutputPaths.child(folder, COMPUSTAT),
        OutputPaths.child(folder, LINKS), OutputPaths.child(folder, RATES));
  }

  private static Writer open(String folder, String name) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(
        FileSystems.matchNewResource(OutputPaths.child(folder, name), false), "text/csv")), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** A number as an export writes it (no exponent), empty for NaN. */
  private static String plain(double value) {
    return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).toPlainString();
  }

  private static String sasDate(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString().replace("-", "");
  }
}
