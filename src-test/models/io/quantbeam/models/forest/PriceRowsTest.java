package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceRowsTest {

  private final PriceRows prices = new PriceRows(new double[] {100, 101, 102}, new double[] {101, 101, 100});

  @Test
  void priceForecastsAreScoredAgainstPersistence() {
    PriceScore score = prices.score(new double[] {100.5, 101, 101}, ForecastTarget.PRICE);
    // Errors 0.5, 0, 1 against persistence errors 1, 0, 2.
    assertEquals((0.25 + 0 + 1) / 3, score.mse(), 1e-15);
    assertEquals((1 + 0 + 4) / 3.0, score.persistenceMse(), 1e-15);
    assertEquals(1 - 1.25 / 5, score.skill(), 1e-15);
  }

  @Test
  void returnForecastsAreScoredOnThePriceScale() {
    double[] exact = {Math.log(101 / 100.0), 0, Math.log(100 / 102.0)};
    PriceScore perfect = prices.score(exact, ForecastTarget.RETURN);
    assertEquals(0, perfect.mse(), 1e-24);
    assertEquals(1, perfect.skill(), 1e-12);
    PriceScore noChange = prices.score(new double[3], ForecastTarget.RETURN);
    assertEquals(noChange.persistenceMse(), noChange.mse(), 0.0, "a zero return is the persistence forecast");
    assertEquals(0, noChange.skill(), 0.0);
  }

  @Test
  void worseThanPersistenceHasNegativeSkill() {
    assertEquals(-1, PriceScore.skill(2, 1), 0.0);
    assertEquals(Double.NaN, PriceScore.skill(1, 0), 0.0);
  }
}
