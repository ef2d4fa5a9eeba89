package io.quantbeam.models.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Reference values computed independently with Python's hashlib and a SplitMix64 written from the paper. */
class DeterminismTest {

  @Test
  void splitMix64MatchesTheReferenceSequence() {
    SplitMix64 zero = new SplitMix64(0);
    assertEquals(0xE220A8397B1DCDAFL, zero.nextLong());
    assertEquals(0x6E789E6AA1B965F4L, zero.nextLong());
    assertEquals(0x06C45D188009454FL, zero.nextLong());
    SplitMix64 seeded = new SplitMix64(12345);
    int[] draws = new int[5];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = seeded.nextInt(10);
    }
    assertEquals("[2, 8, 2, 5, 1]", java.util.Arrays.toString(draws));
  }

  @Test
  void treeSeedIsTheFirstEightBytesOfSha256() {
    // python3: int.from_bytes(hashlib.sha256(b"42|RELIANCE|3|1|7").digest()[:8], "big")
    assertEquals(7010806493787141805L, TreeSeeds.treeSeed(42, "RELIANCE", 3, 1, 7));
  }

  @Test
  void splitUnitValueMatchesPython() {
    // python3: int.from_bytes(hashlib.sha256(b"RELIANCE|2021-03-15T09:16:00|42").digest()[:8], "big") / 2**64
    assertEquals(0.5272187890998404, DatasetSplit.unitValue("RELIANCE", LocalDateTime.of(2021, 3, 15, 9, 16), 42), 0.0);
    assertEquals(0.8635765590755529, DatasetSplit.unitValue("INFY", LocalDateTime.of(2020, 1, 2, 15, 29), 7), 0.0);
    assertEquals(DatasetSplit.TRAIN, DatasetSplit.of("RELIANCE", LocalDateTime.of(2021, 3, 15, 9, 16), 42));
  }

  @Test
  void splitProportionsAreTwentySixteenSixtyFour() {
    int[] counts = new int[3];
    LocalDateTime t = LocalDateTime.of(2022, 6, 1, 9, 15);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      counts[DatasetSplit.of("TCS", t.plusMinutes(i), 1).ordinal()]++;
    }
    // Binomial standard deviations are below 70 rows; allow five.
    assertTrue(Math.abs(counts[DatasetSplit.TEST.ordinal()] - 0.20 * n) < 350, "test " + counts[2]);
    assertTrue(Math.abs(counts[DatasetSplit.VALIDATION.ordinal()] - 0.16 * n) < 350, "validation " + counts[1]);
    assertTrue(Math.abs(counts[DatasetSplit.TRAIN.ordinal()] - 0.64 * n) < 350, "train " + counts[0]);
  }

  @Test
  void unsignedConversionRoundsLikePython() {
    assertEquals(0x1p64, DatasetSplit.unsignedToDouble(-1L), 0.0);
    assertEquals(0x1p63, DatasetSplit.unsignedToDouble(Long.MIN_VALUE), 0.0);
    assertEquals(12345.0, DatasetSplit.unsignedToDouble(12345L), 0.0);
  }
}
