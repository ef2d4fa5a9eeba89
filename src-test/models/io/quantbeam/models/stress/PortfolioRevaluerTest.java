package io.quantbeam.models.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PortfolioRevaluerTest {

  private final MarketData market = TestMarkets.usdEur();
  private final List<Position> positions = portfolio(60, 1);
  private final ScenarioLayout layout = new ScenarioLayout(List.of("EQUITY_SPX", "VOL_SPX", "RATE_USD_5Y",
      "RATE_USD_30Y", "RATE_EUR_3M", "RATE_EUR_10Y", "SPREAD_BBB", "FX_EUR", "EQUITY_SX5E", "VOL_SX5E"));

  static List<Position> portfolio(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] currencies = {"USD", "EUR"};
    String[] books = {"RATES", "EQUITY", "CREDIT"};
    String[] ratings = {"AA", "BBB", BondPosition.NO_RATING};
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "P" + i;
      String ccy = currencies[r.nextInt(2)];
      String book = books[r.nextInt(3)];
      String equity = ccy.equals("USD") ? "SPX" : "SX5E";
      switch (i % 4) {
        case 0 -> out.add(new EquityPosition(id, book, ccy, r.nextInt(-500, 1000), r.nextDouble(10, 300), equity,
            r.nextDouble(0.5, 1.5)));
        case 1 -> out.add(new BondPosition(id, book, ccy, r.nextInt(-5, 20) * 100_000.0, r.nextDouble(0, 0.08),
            new int[] {1, 2, 4, 12}[r.nextInt(4)], r.nextDouble(0.1, 35), ratings[r.nextInt(3)]));
        case 2 -> out.add(new OptionPosition(id, book, ccy, r.nextInt(-50, 50), equity, r.nextDouble(3500, 6500),
            r.nextDouble(0.05, 3), r.nextBoolean() ? OptionType.CALL : OptionType.PUT));
        default -> out.add(new CashPosition(id, book, ccy, r.nextDouble(-1e6, 1e6)));
      }
    }
    return out;
  }

  private ShockBlock randomShocks(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] shocks = new double[layout.size()][n];
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = 1000 + i;
      for (int c = 0; c < layout.size(); c++) {
        FactorKind kind = layout.kind(c);
        shocks[c][i] = kind.relative() ? r.nextDouble(-0.3, 0.3) : kind == FactorKind.VOL ? r.nextDouble(-0.2, 0.2)
            : r.nextDouble(-0.02, 0.02);
      }
    }
    return new ShockBlock(ids, shocks);
  }

  @Test
  void arrayRevaluationEqualsObjectPricingBitForBit() {
    PortfolioRevaluer revaluer = new PortfolioRevaluer(market, positions, layout);
    ShockBlock block = randomShocks(50, 9);
    PnlBlock pnl = revaluer.revalue(block);
    MarketState base = MarketState.base(market);
    for (int i = 0; i < block.size(); i++) {
      TreeMap<String, Double> shock = new TreeMap<>();
      for (int c = 0; c < layout.size(); c++) {
        shock.put(layout.factorId(c), block.shocks()[c][i]);
      }
      MarketState state = new ScenarioShock(shock).applyTo(market);
      double total = 0;
      double[] byBook = new double[revaluer.books().size()];
      for (Position p : positions) {
        double d = PositionValuer.valueInBase(p, state) - PositionValuer.valueInBase(p, base);
        total += d;
        byBook[revaluer.books().indexOf(p.book())] += d;
      }
      assertEquals(total, pnl.total()[i], 0.0, "scenario " + i);
      for (int b = 0; b < byBook.length; b++) {
        assertEquals(byBook[b], pnl.byBook()[b][i], 0.0);
      }
    }
  }

  @Test
  void aScenariosPnlDoesNotDependOnItsBlock() {
    PortfolioRevaluer revaluer = new PortfolioRevaluer(market, positions, layout);
    ShockBlock block = randomShocks(40, 4);
    PnlBlock whole = revaluer.revalue(block);
    for (int start = 0; start < 40; start += 7) {
      int end = Math.min(40, start + 7);
      double[][] part = new double[layout.size()][];
      for (int c = 0; c < layout.size(); c++) {
        part[c] = java.util.Arrays.copyOfRange(block.shocks()[c], start, end);
      }
      PnlBlock piece = revaluer.revalue(new ShockBlock(java.util.Arrays.copyOfRange(block.scenarioIds(), start, end), part));
      assertArrayEquals(java.util.Arrays.copyOfRange(whole.total(), start, end), piece.total(), 0.0);
    }
  }

  @Test
  void unshockedScenarioHasZeroPnlAndBaseValuesAddUp() {
    PortfolioRevaluer revaluer = new PortfolioRevaluer(market, positions, layout);
    PnlBlock pnl = revaluer.revalue(new ShockBlock(new long[] {1}, new double[layout.size()][1]));
    assertEquals(0.0, pnl.total()[0], 0.0);
    double sum = 0;
    for (double v : revaluer.baseValueByBook()) {
      sum += v;
    }
    assertEquals(revaluer.baseValue(), sum, 1e-6 * Math.abs(revaluer.baseValue()));
    assertEquals(List.of("CREDIT", "EQUITY", "RATES"), revaluer.books());
  }

  @Test
  void namesThePositionWhoseFactorTheMarketLacks() {
    List<Position> withDax = new ArrayList<>(positions);
    withDax.add(new EquityPosition("DAX-1", "EQUITY", "EUR", 1, 100, "DAX", 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PortfolioRevaluer(market, withDax, layout));
    assertTrue(e.getMessage().contains("DAX-1") && e.getMessage().contains("EQUITY_DAX"), e.getMessage());
    assertEquals(InvalidPositionException.UNKNOWN_FACTOR, ((InvalidPositionException) e).reason());
  }

  @Test
  void scenariosNamingAFactorTheMarketLacksAreRejected() {
    ScenarioLayout bad = new ScenarioLayout(List.of("EQUITY_DAX"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PortfolioRevaluer(market, positions, bad));
    assertTrue(e.getMessage().contains("EQUITY_DAX"), e.getMessage());
  }
}
