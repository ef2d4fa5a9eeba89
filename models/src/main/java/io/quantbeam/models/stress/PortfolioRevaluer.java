package io.quantbeam.models.stress;

import java.util.List;
import java.util.TreeSet;

/**
 * Full revaluation of a portfolio under a block of scenarios, as arrays.
 *
 * <p>Everything about a position that does not depend on the scenario — its base value, cash-flow
 * times and amounts, where each time falls on the tenor grid, the option's curve point — is
 * computed once here. {@link #revalue} then builds the block's market columns once and runs one
 * tight loop per position over the block's scenarios, calling the same pricing formulas the object
 * pricers use. Scenario i's P&amp;L is Σ_positions (value_base(shocked) − value_base(base)),
 * accumulated in position order for the total and for each book, so its bits do not depend on which
 * block the scenario is in.
 *
 * <p>Not thread-safe only in the sense that callers must not share blocks; the revaluer itself is
 * immutable after construction. Values are in the market's base currency.
 */
public final class PortfolioRevaluer {

  private final List<String> books;
  private final double[] baseValueByBook;
  private final double baseValue;
  private final ShockedMarket.Plan plan;
  private final Kernel[] kernels;
  private final List<String> positionIds;

  /**
   * @throws InvalidPositionException when a position needs a factor the market lacks
   * @throws IllegalArgumentException when the layout names a factor the market lacks
   */
  public PortfolioRevaluer(MarketData market, List<Position> positions, ScenarioLayout layout) {
    this.plan = new ShockedMarket.Plan(market, layout);
    TreeSet<String> bookNames = new TreeSet<>();
    positions.forEach(p -> bookNames.add(p.book()));
    this.books = List.copyOf(bookNames);
    MarketState baseState = MarketState.base(market);
    this.baseValueByBook = new double[books.size()];
    double total = 0;
    this.kernels = new Kernel[positions.size()];
    this.positionIds = positions.stream().map(Position::positionId).toList();
    for (int k = 0; k < kernels.length; k++) {
      Position position = positions.get(k);
      market.requireFactorsOf(position);
      int book = books.indexOf(position.book());
      double base = PositionValuer.valueInBase(position, baseState);
      baseValueByBook[book] += base;
      total += base;
      kernels[k] = kernel(position, book, base);
    }
    this.baseValue = total;
  }

  /** Book names in output order (sorted). */
  public List<String> books() {
    return books;
  }

  /** Base-state value of the whole portfolio, base currency (sum in position order). */
  public double baseValue() {
    return baseValue;
  }

  /** Base-state value per book, in {@link #books()} order. */
  public double[] baseValueByBook() {
    return baseValueByBook.clone();
  }

  public int positions() {
    return kernels.length;
  }

  /** Position ids, in the order of {@link #positionPnl}'s rows. */
  public List<String> positionIds() {
    return positionIds;
  }

  /** Book of each position, as an index into {@link #books()}. */
  public int[] positionBooks() {
    int[] book = new int[kernels.length];
    for (int k = 0; k < book.length; k++) {
      book[k] = kernels[k].book();
    }
    return book;
  }

  /**
   * P&amp;L of every position in every scenario of the block, base currency: {@code [position][scenario]}.
   * The same numbers {@link #revalue} adds up, one position at a time; for the few tail scenarios of
   * a risk-contribution pass, not for the main loop.
   */
  public double[][] positionPnl(ShockBlock block) {
    ShockedMarket market = plan.apply(block);
    int n = block.size();
    double[][] pnl = new double[kernels.length][n];
    double[] ignoredBook = new double[n];
    for (int k = 0; k < kernels.length; k++) {
      kernels[k].addPnl(market, pnl[k], ignoredBook);
    }
    return pnl;
  }

  /** P&amp;L of every scenario in the block, total and per book. */
  public PnlBlock revalue(ShockBlock block) {
    ShockedMarket market = plan.apply(block);
    int n = block.size();
    double[] total = new double[n];
    double[][] byBook = new double[books.size()][n];
    for (Kernel kernel : kernels) {
      kernel.addPnl(market, total, byBook[kernel.book()]);
    }
    return new PnlBlock(block.scenarioIds().clone(), total, byBook);
  }

  private Kernel kernel(Position position, int book, double base) {
    int fx = plan.fx(position.currency());
    if (position instanceof EquityPosition e) {
      return new EquityKernel(book, base, fx, plan.equity(e.equity()), e.quantity() * e.spot(), e.beta());
    }
    if (position instanceof BondPosition b) {
      return new BondKernel(book, base, fx, plan.curve(b.currency()), plan.spread(b.rating()), CashFlowSchedule.of(b));
    }
    if (position instanceof OptionPosition o) {
      return new OptionKernel(book, base, fx, plan.curve(o.currency()), plan.equity(o.equity()),
          plan.volatility(o.equity()), o, CurvePoint.locate(Tenor.times(), o.expiryYears()));
    }
    return new CashKernel(book, base, fx, ((CashPosition) position).amount());
  }

  /** One position's scenario loop: adds its P&amp;L to the total and to its book. */
  private abstract static class Kernel {
    private final int book;
    final double base;
    final int fx;

    Kernel(int book, double base, int fx) {
      this.book = book;
      this.base = base;
      this.fx = fx;
    }

    final int book() {
      return book;
    }

    abstract void addPnl(ShockedMarket market, double[] total, double[] book);
  }

  private static final class EquityKernel extends Kernel {
    private final int equity;
    private final double exposure;
    private final double beta;

    EquityKernel(int book, double base, int fx, int equity, double exposure, double beta) {
      super(book, base, fx);
      this.equity = equity;
      this.exposure = exposure;
      this.beta = beta;
    }

    @Override
    void addPnl(ShockedMarket market, double[] total, double[] book) {
      double[] x = market.equityReturn(equity);
      double[] fxRate = market.fxRate(fx);
      for (int i = 0; i < total.length; i++) {
        double pnl = EquityPricer.value(exposure, beta, x[i]) * fxRate[i] - base;
        total[i] += pnl;
        book[i] += pnl;
      }
    }
  }

  private static final class BondKernel extends Kernel {
    private final int curve;
    private final int spread;
    private final CashFlowSchedule schedule;

    BondKernel(int book, double base, int fx, int curve, int spread, CashFlowSchedule schedule) {
      super(book, base, fx);
      this.curve = curve;
      this.spread = spread;
      this.schedule = schedule;
    }

    @Override
    void addPnl(ShockedMarket market, double[] total, double[] book) {
      double[] rates = market.curve(curve);
      double[] spreads = market.spread(spread);
      double[] fxRate = market.fxRate(fx);
      int tenors = Tenor.count();
      for (int i = 0; i < total.length; i++) {
        double value = FixedCouponBondPricer.presentValue(schedule, rates, i * tenors, spreads[i]);
        double pnl = value * fxRate[i] - base;
        total[i] += pnl;
        book[i] += pnl;
      }
    }
  }

  private static final class OptionKernel extends Kernel {
    private final int curve;
    private final int equity;
    private final int volatility;
    private final double quantity;
    private final OptionType type;
    private final double strike;
    private final double expiry;
    private final CurvePoint expiryPoint;

    OptionKernel(int book, double base, int fx, int curve, int equity, int volatility, OptionPosition option,
        CurvePoint expiryPoint) {
      super(book, base, fx);
      this.curve = curve;
      this.equity = equity;
      this.volatility = volatility;
      this.quantity = option.quantity();
      this.type = option.callPut();
      this.strike = option.strike();
      this.expiry = option.expiryYears();
      this.expiryPoint = expiryPoint;
    }

    @Override
    void addPnl(ShockedMarket market, double[] total, double[] book) {
      double[] rates = market.curve(curve);
      double[] level = market.equityLevel(equity);
      double[] vol = market.volatility(volatility);
      double[] fxRate = market.fxRate(fx);
      int tenors = Tenor.count();
      for (int i = 0; i < total.length; i++) {
        double rate = expiryPoint.rate(rates, i * tenors);
        double value = quantity * BlackScholes.price(type, level[i], strike, rate, vol[i], expiry);
        double pnl = value * fxRate[i] - base;
        total[i] += pnl;
        book[i] += pnl;
      }
    }
  }

  private static final class CashKernel extends Kernel {
    private final double amount;

    CashKernel(int book, double base, int fx, double amount) {
      super(book, base, fx);
      this.amount = amount;
    }

    @Override
    void addPnl(ShockedMarket market, double[] total, double[] book) {
      double[] fxRate = market.fxRate(fx);
      for (int i = 0; i < total.length; i++) {
        double pnl = amount * fxRate[i] - base;
        total[i] += pnl;
        book[i] += pnl;
      }
    }
  }
}
