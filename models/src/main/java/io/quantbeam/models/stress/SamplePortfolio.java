package io.quantbeam.models.stress;

import java.util.ArrayList;
import java.util.List;

/**
 * A realistic portfolio of any size over a {@link SampleMarket}, deterministic from a seed: about
 * 30 % equities, 35 % fixed-coupon bonds (government and rated corporates, coupons near the par
 * yield, maturities from 3 months to 30 years weighted to the short end), 20 % index options
 * (strikes 80–120 % of the index, expiries 1 month to 2 years) and 15 % cash, in the five
 * currencies, across six books: EQUITY_CASH, EQUITY_DERIVS, RATES, CREDIT, TREASURY and MACRO
 * (one position in ten, of any type).
 */
public final class SamplePortfolio {

  private static final String[] BOND_CURRENCIES = {"USD", "USD", "USD", "USD", "EUR", "EUR", "EUR", "GBP", "GBP", "JPY", "CHF"};
  private static final double[] CURRENCY_UNITS = {1, 1, 1, 150, 1};
  /** Streams below this are the market's and the covariance's. */
  private static final long FIRST_POSITION_STREAM = 16;

  private SamplePortfolio() {}

  public static List<Position> generate(MarketData market, int positions, long seed) {
    if (positions < 0) {
      throw new IllegalArgumentException("number of positions must be >= 0, got " + positions);
    }
    List<Position> out = new ArrayList<>(positions);
    for (int i = 0; i < positions; i++) {
      out.add(position(market, seed, i));
    }
    return out;
  }

  /** Position {@code index} (0-based, id P0000001 for index 0): a function of (seed, index) only. */
  public static Position position(MarketData market, long seed, long index) {
    SeededRandom random = new SeededRandom(seed, FIRST_POSITION_STREAM + index);
    String id = String.format("P%07d", index + 1);
    boolean macro = random.chance(0.1);
    double type = random.nextDouble();
    if (type < 0.30) {
      return equity(id, macro ? "MACRO" : "EQUITY_CASH", random);
    } else if (type < 0.65) {
      return bond(id, macro, market, random);
    } else if (type < 0.85) {
      return option(id, macro ? "MACRO" : "EQUITY_DERIVS", market, random);
    }
    return cash(id, macro ? "MACRO" : "TREASURY", random);
  }

  private static EquityPosition equity(String id, String book, SeededRandom random) {
    SampleMarket.Index index = SampleMarket.INDICES.get(random.nextInt(SampleMarket.INDICES.size()));
    double spot = SampleMarket.round(Math.exp(random.uniform(Math.log(10), Math.log(800))), 2)
        * units(index.currency());
    double exposure = Math.exp(random.uniform(Math.log(2e5), Math.log(2e7))) * units(index.currency());
    double quantity = Math.max(1, Math.rint(exposure / spot)) * (random.chance(0.2) ? -1 : 1);
    double beta = SampleMarket.round(random.uniform(0.6, 1.6), 2);
    return new EquityPosition(id, book, index.currency(), quantity, spot, index.name(), beta);
  }

  private static BondPosition bond(String id, boolean macro, MarketData market, SeededRandom random) {
    String ccy = random.pick(BOND_CURRENCIES);
    boolean government = random.chance(0.35);
    String rating = government ? BondPosition.NO_RATING : SampleMarket.RATINGS.get(random.nextInt(SampleMarket.RATINGS.size()));
    String book = macro ? "MACRO" : government ? "RATES" : "CREDIT";
    // Maturity weighted to the short end: 0.25 + 29.75·u².
    double u = random.nextDouble();
    double maturity = SampleMarket.round(0.25 + 29.75 * u * u, 4);
    int frequency = random.chance(0.1) ? (random.chance(0.5) ? 4 : 12)
        : ccy.equals("EUR") || ccy.equals("CHF") ? 1 : 2;
    double spread = government ? 0 : market.factor(FactorIds.spread(rating));
    double yield = MarketState.base(market).zeroCurve(ccy).rate(maturity) + spread;
    double coupon = Math.max(0, Math.rint((yield + random.uniform(-0.01, 0.01)) * 800) / 800);
    double notional = Math.rint(Math.exp(random.uniform(Math.log(1e6), Math.log(5e7))) / 1e5) * 1e5 * units(ccy);
    return new BondPosition(id, book, ccy, random.chance(0.15) ? -notional : notional, coupon, frequency, maturity, rating);
  }

  private static OptionPosition option(String id, String book, MarketData market, SeededRandom random) {
    SampleMarket.Index index = SampleMarket.INDICES.get(random.nextInt(SampleMarket.INDICES.size()));
    double level = market.factor(FactorIds.equity(index.name()));
    double strike = Math.rint(level * random.uniform(0.8, 1.2) / 5) * 5;
    double expiry = SampleMarket.round(Math.exp(random.uniform(Math.log(1.0 / 12), Math.log(2))), 4);
    double quantity = Math.rint(random.uniform(10, 2000)) * (random.chance(0.4) ? -1 : 1);
    return new OptionPosition(id, book, index.currency(), quantity, index.name(), strike, expiry,
        random.chance(0.5) ? OptionType.CALL : OptionType.PUT);
  }

  private static CashPosition cash(String id, String book, SeededRandom random) {
    String ccy = SampleMarket.CURRENCIES.get(random.nextInt(SampleMarket.CURRENCIES.size()));
    double amount = Math.rint(Math.exp(random.uniform(Math.log(1e5), Math.log(2e7)))) * units(ccy);
    return new CashPosition(id, book, ccy, random.chance(0.2) ? -amount : amount);
  }

  /** Rough units of a currency per US dollar, so amounts are realistic in yen too. */
  private static double units(String currency) {
    int c = SampleMarket.CURRENCIES.indexOf(currency);
    return c < 0 ? 1 : CURRENCY_UNITS[c];
  }
}
