package io.quantbeam.transforms.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.transforms.testing.TestPipelines;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.junit.jupiter.api.Test;

class GatherToListTest {

  @Test
  void everyElementArrivesExactlyOnceFromManyBundles() throws Throwable {
    List<Integer> values = IntStream.range(0, 2_000).boxed().toList();
    TestPipelines.run(getClass(), "many", p -> {
      PAssert.thatSingleton(p.apply(Create.of(values).withCoder(VarIntCoder.of()))
              .apply(Reshuffle.viaRandomKey()) // spreads the elements over many bundles
              .apply(GatherToList.create()))
          .satisfies(gathered -> {
            assertEquals(values, gathered.stream().sorted().toList());
            return null;
          });
      p.run().waitUntilFinish();
    });
  }

  @Test
  void anEmptyCollectionGivesOneEmptyList() throws Throwable {
    TestPipelines.run(getClass(), "empty", p -> {
      PAssert.thatSingleton(p.apply(Create.empty(VarIntCoder.of())).apply(GatherToList.create()))
          .isEqualTo(List.of());
      p.run().waitUntilFinish();
    });
  }
}
