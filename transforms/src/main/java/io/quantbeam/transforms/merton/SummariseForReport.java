package io.quantbeam.transforms.merton;

import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.transforms.combine.GatherToList;
import io.quantbeam.transforms.merton.MertonReportStats.FirmTermStructure;
import io.quantbeam.transforms.coders.ColumnCoding;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Reduces all Merton results to the one {@link MertonReportStats} the report draws: each firm is
 * first cut down to a small summary (its last distance to default per month, its term structure
 * on its last date), then all summaries are combined. Exact and independent of element order.
 */
public final class SummariseForReport extends PTransform<PCollection<MertonResult>, PCollection<MertonReportStats>> {

  static final int RISKIEST_FIRMS = 6;

  private final double[] horizonsYears;

  public SummariseForReport(double[] horizonsYears) {
    this.horizonsYears = horizonsYears.clone();
  }

  @Override
  public PCollection<MertonReportStats> expand(PCollection<MertonResult> results) {
    double[] horizons = horizonsYears;
    return results
        .apply("SummariseFirm", ParDo.of(new SummariseFirmFn(horizonsYears)))
        .setCoder(FirmSummaryCoder.INSTANCE)
        .apply("CollectFirms", GatherToList.create())
        .apply("ComputeStats", MapElements.into(TypeDescriptor.of(MertonReportStats.class))
            .via(firms -> stats(horizons, firms)))
        .setCoder(SerializableCoder.of(MertonReportStats.class));
  }

  /** One firm's contribution: its last finite first-horizon DD in each month, and its last-date term structure. */
  record FirmSummary(int[] months, double[] distanceToDefault, FirmTermStructure termStructure) implements Serializable {}

  /** Column by column: the gathering copies summaries through their coder, Java serialization was its cost. */
  static final class FirmSummaryCoder extends AtomicCoder<FirmSummary> {
    static final FirmSummaryCoder INSTANCE = new FirmSummaryCoder();

    @Override
    public void encode(FirmSummary summary, OutputStream outStream) throws IOException {
      DataOutputStream out = new DataOutputStream(outStream);
      ColumnCoding.writeInts(out, summary.months());
      ColumnCoding.writeDoubles(out, summary.distanceToDefault());
      out.writeUTF(summary.termStructure().firmId());
      out.writeLong(summary.termStructure().epochDay());
      ColumnCoding.writeDoubles(out, summary.termStructure().defaultProbability());
      out.flush();
    }

    @Override
    public FirmSummary decode(InputStream inStream) throws IOException {
      DataInputStream in = new DataInputStream(inStream);
      int[] months = ColumnCoding.readInts(in);
      double[] distanceToDefault = ColumnCoding.readDoubles(in);
      return new FirmSummary(months, distanceToDefault,
          new FirmTermStructure(in.readUTF(), in.readLong(), ColumnCoding.readDoubles(in)));
    }
  }

  /** Highest first-horizon PD first; firm id breaks ties, so the choice is deterministic. */
  static final Comparator<FirmTermStructure> RISK_ORDER = Comparator
      .comparingDouble((FirmTermStructure f) -> -f.defaultProbability()[0])
      .thenComparing(FirmTermStructure::firmId);

  private static final class SummariseFirmFn extends DoFn<MertonResult, FirmSummary> {
    private final double[] horizonsYears;

    SummariseFirmFn(double[] horizonsYears) {
      this.horizonsYears = horizonsYears;
    }

    @ProcessElement
    public void process(@Element MertonResult result, OutputReceiver<FirmSummary> out) {
      int horizons = horizonsYears.length;
      int rows = result.rows();
      if (rows < horizons) {
        return;
      }
      List<Integer> months = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      int month = -1;
      double last = Double.NaN;
      for (int i = 0; i < rows; i += horizons) { // rows: date order, then horizon order; i is the first horizon
        LocalDate date = LocalDate.ofEpochDay(result.epochDay()[i]);
        int m = date.getYear() * 100 + date.getMonthValue();
        if (m != month) {
          if (!Double.isNaN(last)) {
            months.add(month);
            values.add(last);
          }
          month = m;
          last = Double.NaN;
        }
        if (Double.isFinite(result.distanceToDefault()[i])) {
          last = result.distanceToDefault()[i];
        }
      }
      if (!Double.isNaN(last)) {
        months.add(month);
        values.add(last);
      }
      double[] pd = Arrays.copyOfRange(result.defaultProbability(), rows - horizons, rows);
      out.output(new FirmSummary(months.stream().mapToInt(Integer::intValue).toArray(),
          values.stream().mapToDouble(Double::doubleValue).toArray(),
          new FirmTermStructure(result.firmId(), result.epochDay()[rows - 1], pd)));
    }
  }

  /** The month quartiles and the riskiest firms, from every firm's summary (in any order). */
  static MertonReportStats stats(double[] horizonsYears, List<FirmSummary> firms) {
    Map<Integer, List<Double>> byMonth = new TreeMap<>();
    List<FirmTermStructure> terms = new ArrayList<>();
    for (FirmSummary firm : firms) {
      for (int i = 0; i < firm.months().length; i++) {
        byMonth.computeIfAbsent(firm.months()[i], m -> new ArrayList<>()).add(firm.distanceToDefault()[i]);
      }
      terms.add(firm.termStructure());
    }
    int n = byMonth.size();
    int[] months = new int[n];
    int[] counts = new int[n];
    double[] q1 = new double[n];
    double[] q2 = new double[n];
    double[] q3 = new double[n];
    int i = 0;
    for (Map.Entry<Integer, List<Double>> e : byMonth.entrySet()) {
      double[] sorted = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      months[i] = e.getKey();
      counts[i] = sorted.length;
      q1[i] = quantile(sorted, 0.25);
      q2[i] = quantile(sorted, 0.5);
      q3[i] = quantile(sorted, 0.75);
      i++;
    }
    terms.sort(RISK_ORDER);
    return new MertonReportStats(horizonsYears.clone(), months, counts, q1, q2, q3,
        List.copyOf(terms.subList(0, Math.min(RISKIEST_FIRMS, terms.size()))));
  }

  /** Linear interpolation between order statistics (NumPy's default), on sorted values. */
  static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
