package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The coordinates (i, j) of every block of a layout, spread over the workers (a reshuffle of these
 * few small elements), so that reading or generating blocks runs in parallel.
 */
final class BlockCoordinates extends PTransform<PBegin, PCollection<KV<Integer, Integer>>> {

  private final MatrixLayout layout;

  BlockCoordinates(MatrixLayout layout) {
    this.layout = layout;
  }

  @Override
  public PCollection<KV<Integer, Integer>> expand(PBegin begin) {
    List<KV<Integer, Integer>> coordinates = new ArrayList<>();
    for (int i = 0; i < layout.blockRowCount(); i++) {
      for (int j = 0; j < layout.blockColCount(); j++) {
        coordinates.add(KV.of(i, j));
      }
    }
    return begin
        .apply("ListBlocks", Create.of(coordinates).withCoder(KvCoder.of(VarIntCoder.of(), VarIntCoder.of())))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey());
  }
}
