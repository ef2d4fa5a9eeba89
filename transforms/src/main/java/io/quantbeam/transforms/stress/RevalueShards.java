package io.quantbeam.transforms.stress;

import io.quantbeam.models.stress.CorrelatedShockGenerator;
import io.quantbeam.models.stress.FactorCovariance;
import io.quantbeam.models.stress.PnlBlock;
import io.quantbeam.models.stress.PnlDistribution;
import io.quantbeam.models.stress.PnlSeries;
import io.quantbeam.models.stress.PortfolioRevaluer;
import io.quantbeam.models.stress.ShockBlock;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.deadletter.DeadLetterCoder;
import io.quantbeam.transforms.progress.ProgressCounters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Revalues shards of scenarios against the portfolio side input: one shard in, its P&amp;L block
 * ({@link #PNL}, scenario id, total and per-book P&amp;L in base currency) and its partial
 * P&amp;L series, one per book and one for the total ({@link #SERIES}, for {@link CollatePnl}) out,
 * plus a dead letter
 * ({@link #REJECTED}) for every scenario that cannot be used: an unusable generated shock, a
 * duplicate scenario id, or a P&amp;L that is not finite.
 *
 * <p>Generating and revaluing happen in one step, so a shard's shocks never travel between
 * workers: only its P&amp;L does.
 *
 * @param <InputT> a {@link ScenarioRange} of generated scenarios, or a shard of read rows
 */
public final class RevalueShards<InputT> extends PTransform<PCollection<InputT>, PCollectionTuple> {

  public static final TupleTag<PnlBlock> PNL = new TupleTag<>() {};
  /** Per shard and series (0 = total, 1 + b = book b): the shard's partial P&amp;L series. */
  public static final TupleTag<KV<Integer, PnlSeries>> SERIES = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> REJECTED = new TupleTag<>() {};

  public static final String NON_FINITE_PNL = "non_finite_pnl";
  public static final String DUPLICATE_SCENARIO_ID = "duplicate_scenario_id";

  private final RevalueFn<InputT> fn;

  private RevalueShards(RevalueFn<InputT> fn) {
    this.fn = fn;
  }

  /** Scenarios drawn from {@code covariance} under {@code seed}; see {@link CorrelatedShockGenerator}. */
  public static RevalueShards<ScenarioRange> generated(FactorCovariance covariance, long seed,
      RevaluationSettings settings) {
    if (!covariance.layout().equals(settings.layout())) {
      throw new IllegalArgumentException("the covariance's factors must be the scenario layout");
    }
    return new RevalueShards<>(new GeneratedFn(covariance, seed, settings));
  }

  /**
   * Scenario rows read from files and cut into shards by {@link GroupScenariosIntoShards}; every row
   * of an id in {@code duplicates} (from {@link FindDuplicateIds}) is dead-lettered, not revalued.
   */
  public static RevalueShards<KV<Integer, Iterable<ScenarioRow>>> fromRows(RevaluationSettings settings,
      PCollectionView<Map<Long, Integer>> duplicates) {
    return new RevalueShards<>(new RowsFn(settings, duplicates));
  }

  @Override
  public PCollectionTuple expand(PCollection<InputT> shards) {
    List<PCollectionView<?>> sideInputs = new ArrayList<>(List.of(fn.settings.portfolio(), fn.settings.scenarioBound()));
    sideInputs.addAll(fn.extraSideInputs());
    PCollectionTuple out = shards.apply("Revalue", ParDo.of(fn)
        .withSideInputs(sideInputs)
        .withOutputTags(PNL, TupleTagList.of(SERIES).and(REJECTED)));
    out.get(PNL).setCoder(StressCoders.pnlBlock());
    out.get(SERIES).setCoder(StressCoders.seriesByIndex());
    out.get(REJECTED).setCoder(DeadLetterCoder.of());
    return out;
  }

  /** The shard's scenarios, and the rows rejected while assembling them. */
  record Scenarios(ShockBlock block, List<DeadLetter> rejected) {}

  private abstract static class RevalueFn<InputT> extends DoFn<InputT, PnlBlock> {
    final RevaluationSettings settings;
    private final Counter scenariosEvaluated = counter(StressMetrics.SCENARIOS_EVALUATED);
    private final Counter shardsDone = counter(StressMetrics.SHARDS_DONE);
    private final Counter revaluations = counter(StressMetrics.POSITION_REVALUATIONS);
    private final Counter revaluationNanos = counter(StressMetrics.REVALUATION_NANOS);
    private transient PortfolioRevaluer revaluer;
    private transient int tailCapacity;

    RevalueFn(RevaluationSettings settings) {
      this.settings = settings;
    }

    /** A Beam counter that a live progress line in this JVM can also read. */
    static Counter counter(String name) {
      return ProgressCounters.counter(StressMetrics.NAMESPACE, name);
    }

    abstract Scenarios scenarios(InputT shard, ProcessContext c);

    /** Side inputs beyond the portfolio and the scenario bound. */
    List<PCollectionView<?>> extraSideInputs() {
      return List.of();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (revaluer == null) {
        revaluer = c.sideInput(settings.portfolio()).revaluer(settings.layout());
        tailCapacity = PnlDistribution.tailCapacity(settings.levels(), c.sideInput(settings.scenarioBound()),
            settings.worstToList());
      }
      Scenarios scenarios = scenarios(c.element(), c);
      scenarios.rejected().forEach(r -> c.output(REJECTED, r));
      ShockBlock block = scenarios.block();
      long started = System.nanoTime();
      PnlBlock pnl = revaluer.revalue(block);
      revaluationNanos.inc(System.nanoTime() - started);
      revaluations.inc((long) block.size() * revaluer.positions());
      pnl = withoutNonFinite(pnl, c);
      PnlDistribution partial = new PnlDistribution(revaluer.books().size(), tailCapacity);
      partial.add(pnl);
      if (pnl.size() > 0) {
        c.output(pnl);
        for (int s = 0; s < partial.seriesCount(); s++) {
          c.output(SERIES, KV.of(s, partial.series(s)));
        }
      }
      scenariosEvaluated.inc(pnl.size());
      shardsDone.inc();
    }

    private PnlBlock withoutNonFinite(PnlBlock pnl, ProcessContext c) {
      boolean[] keep = new boolean[pnl.size()];
      for (int i = 0; i < keep.length; i++) {
        keep[i] = pnl.finite(i);
        if (!keep[i]) {
          long id = pnl.scenarioIds()[i];
          c.output(REJECTED, new DeadLetter("scenarios", DeadLetter.UNKNOWN_LINE, "revalue", NON_FINITE_PNL,
              "scenario " + id + ": the P&L is not finite (total " + pnl.total()[i] + "); its shocks move a value out of range",
              "scenario_id=" + id));
        }
      }
      return pnl.select(keep);
    }
  }

  private static final class GeneratedFn extends RevalueFn<ScenarioRange> {
    private final FactorCovariance covariance;
    private final long seed;
    private final Counter scenariosIn = counter(StressMetrics.SCENARIOS_IN);
    private transient CorrelatedShockGenerator generator;

    GeneratedFn(FactorCovariance covariance, long seed, RevaluationSettings settings) {
      super(settings);
      this.covariance = covariance;
      this.seed = seed;
    }

    @Setup
    public void setup() {
      generator = new CorrelatedShockGenerator(covariance.layout(), covariance.matrix(), seed);
    }

    @Override
    Scenarios scenarios(ScenarioRange range, ProcessContext c) {
      scenariosIn.inc(range.count());
      ShockBlock.Builder builder = generator.generate(range.first(), range.count());
      List<DeadLetter> rejected = new ArrayList<>();
      for (ShockBlock.Rejection r : builder.rejections()) {
        rejected.add(new DeadLetter("generated(seed=" + seed + ")", DeadLetter.UNKNOWN_LINE, "generate", r.reason(),
            r.detail(), "scenario_id=" + r.scenarioId()));
      }
      return new Scenarios(builder.build(), rejected);
    }
  }

  private static final class RowsFn extends RevalueFn<KV<Integer, Iterable<ScenarioRow>>> {
    private final PCollectionView<Map<Long, Integer>> duplicates;

    RowsFn(RevaluationSettings settings, PCollectionView<Map<Long, Integer>> duplicates) {
      super(settings);
      this.duplicates = duplicates;
    }

    @Override
    List<PCollectionView<?>> extraSideInputs() {
      return List.of(duplicates);
    }

    /** The shard's rows in id order; every row of a duplicated id is rejected with its file and line. */
    @Override
    Scenarios scenarios(KV<Integer, Iterable<ScenarioRow>> shard, ProcessContext c) {
      Map<Long, Integer> duplicated = c.sideInput(duplicates);
      List<ScenarioRow> rows = new ArrayList<>();
      List<DeadLetter> rejected = new ArrayList<>();
      for (ScenarioRow row : shard.getValue()) {
        Integer times = duplicated.isEmpty() ? null : duplicated.get(row.scenarioId());
        if (times == null) {
          rows.add(row);
        } else {
          rejected.add(new DeadLetter(row.source(), row.line(), "shard", DUPLICATE_SCENARIO_ID,
              "scenario id " + row.scenarioId() + " appears " + times + " times; none of its rows is used",
              "scenario_id=" + row.scenarioId() + " shocks=" + Arrays.toString(row.shocks())));
        }
      }
      rows.sort(Comparator.comparingLong(ScenarioRow::scenarioId));
      ShockBlock.Builder builder = new ShockBlock.Builder(settings.layout(), rows.size());
      for (ScenarioRow row : rows) {
        builder.add(row.scenarioId(), row.shocks());
      }
      for (ShockBlock.Rejection r : builder.rejections()) {
        rejected.add(new DeadLetter("scenarios", DeadLetter.UNKNOWN_LINE, "shard", r.reason(), r.detail(),
            "scenario_id=" + r.scenarioId()));
      }
      return new Scenarios(builder.build(), rejected);
    }
  }
}
