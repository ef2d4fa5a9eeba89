package io.quantbeam.transforms.merton;

import io.quantbeam.models.merton.MertonResult;
import io.quantbeam.transforms.merton.MertonReportStats.FirmTermStructure;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reduces all Merton results to the one {@link MertonReportStats} the report draws. Exact and
 * independent of element order: per month it keeps every firm's value and sorts them at the end
 * (one double per firm and month — 24,000 firms × 10 years is 23 MB).
 */
public final class SummariseForReport extends PTransform<PCollection<MertonResult>, PCollection<MertonReportStats>> {

  static final int RISKIEST_FIRMS = 6;

  private final double[] horizonsYears;

  public SummariseForReport(double[] horizonsYears) {
    this.horizonsYears = horizonsYears.clone();
  }

  @Override
  public PCollection<MertonReportStats> expand(PCollection<MertonResult> results) {
    return results
        .apply("Summarise", Combine.globally(new StatsFn(horizonsYears)))
        .setCoder(SerializableCoder.of(MertonReportStats.class));
  }

  /** Per month, every firm's last distance to default; and the riskiest firms so far. */
  static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    final TreeMap<Integer, double[]> valuesByMonth = new TreeMap<>();
    final TreeMap<Integer, Integer> countByMonth = new TreeMap<>();
    final List<FirmTermStructure> riskiest = new ArrayList<>();

    void add(int month, double value) {
      int n = countByMonth.getOrDefault(month, 0);
      double[] values = valuesByMonth.computeIfAbsent(month, m -> new double[16]);
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
        valuesByMonth.put(month, values);
      }
      values[n] = value;
      countByMonth.put(month, n + 1);
    }

    void offer(FirmTermStructure firm) {
      riskiest.add(firm);
      riskiest.sort(RISK_ORDER);
      if (riskiest.size() > RISKIEST_FIRMS) {
        riskiest.remove(riskiest.size() - 1);
      }
    }
  }

  /** Highest first-horizon PD first; firm id breaks ties, so the choice is deterministic. */
  static final Comparator<FirmTermStructure> RISK_ORDER = Comparator
      .comparingDouble((FirmTermStructure f) -> -f.defaultProbability()[0])
      .thenComparing(FirmTermStructure::firmId);

  static final class StatsFn extends Combine.CombineFn<MertonResult, Accumulator, MertonReportStats> {
    private final double[] horizonsYears;

    StatsFn(double[] horizonsYears) {
      this.horizonsYears = horizonsYears;
    }

    @Override
    public Accumulator createAccumulator() {
      return new Accumulator();
    }

    @Override
    public Accumulator addInput(Accumulator acc, MertonResult result) {
      int horizons = horizonsYears.length;
      int rows = result.rows();
      double first = horizonsYears[0];
      // rows are in date order, then horizon order: remember the last finite DD per month
      int month = -1;
      double last = Double.NaN;
      for (int i = 0; i < rows; i++) {
        if (result.horizonYears()[i] != first) {
          continue;
        }
        LocalDate date = LocalDate.ofEpochDay(result.epochDay()[i]);
        int m = date.getYear() * 100 + date.getMonthValue();
        if (m != month) {
          if (month >= 0 && !Double.isNaN(last)) {
            acc.add(month, last);
          }
          month = m;
          last = Double.NaN;
        }
        double dd = result.distanceToDefault()[i];
        if (Double.isFinite(dd)) {
          last = dd;
        }
      }
      if (month >= 0 && !Double.isNaN(last)) {
        acc.add(month, last);
      }
      if (rows >= horizons) {
        double[] pd = new double[horizons];
        for (int h = 0; h < horizons; h++) {
          pd[h] = result.defaultProbability()[rows - horizons + h];
        }
        acc.offer(new FirmTermStructure(result.firmId(), result.epochDay()[rows - 1], pd));
      }
      return acc;
    }

    @Override
    public Accumulator mergeAccumulators(Iterable<Accumulator> accumulators) {
      Accumulator merged = new Accumulator();
      for (Accumulator acc : accumulators) {
        for (Map.Entry<Integer, Integer> e : acc.countByMonth.entrySet()) {
          double[] values = acc.valuesByMonth.get(e.getKey());
          for (int i = 0; i < e.getValue(); i++) {
            merged.add(e.getKey(), values[i]);
          }
        }
        acc.riskiest.forEach(merged::offer);
      }
      return merged;
    }

    @Override
    public MertonReportStats extractOutput(Accumulator acc) {
      int n = acc.countByMonth.size();
      int[] months = new int[n];
      int[] counts = new int[n];
      double[] q1 = new double[n];
      double[] q2 = new double[n];
      double[] q3 = new double[n];
      int i = 0;
      for (Map.Entry<Integer, Integer> e : acc.countByMonth.entrySet()) {
        double[] values = Arrays.copyOf(acc.valuesByMonth.get(e.getKey()), e.getValue());
        Arrays.sort(values);
        months[i] = e.getKey();
        counts[i] = values.length;
        q1[i] = quantile(values, 0.25);
        q2[i] = quantile(values, 0.5);
        q3[i] = quantile(values, 0.75);
        i++;
      }
      return new MertonReportStats(horizonsYears.clone(), months, counts, q1, q2, q3, List.copyOf(acc.riskiest));
    }

    @Override
    public Coder<Accumulator> getAccumulatorCoder(CoderRegistry registry, Coder<MertonResult> inputCoder) {
      return SerializableCoder.of(Accumulator.class);
    }
  }

  /** Linear interpolation between order statistics (NumPy's default), on sorted values. */
  static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
