package io.quantbeam.transforms.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quantbeam.models.stress.PnlSeries;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** A shard's P&L series survives the shuffle coder equal to itself, so combiners may compare them. */
class PnlSeriesCodingTest {

  @Test
  void aSeriesDecodesEqualToTheOneEncoded() throws Exception {
    PnlSeries series = series(1_000, 7);
    CoderProperties.coderDecodeEncodeEqual(SerializableCoder.of(PnlSeries.class), series);
    PnlSeries decoded = CoderUtils.clone(SerializableCoder.of(PnlSeries.class), series);
    assertEquals(series, decoded);
    assertEquals(series.hashCode(), decoded.hashCode());
  }

  @Test
  void seriesWithOtherLossesOrAnotherTailDiffer() {
    assertEquals(series(500, 3), series(500, 3));
    assertNotEquals(series(500, 3), series(500, 4));
    assertNotEquals(series(500, 3), series(501, 3));
  }

  private static PnlSeries series(int scenarios, int seed) {
    PnlSeries series = new PnlSeries(50);
    for (int i = 0; i < scenarios; i++) {
      series.add(Math.sin(i * 0.37 + seed) * 1e6 + i, 1_000_003L * i + seed);
    }
    return series;
  }
}
