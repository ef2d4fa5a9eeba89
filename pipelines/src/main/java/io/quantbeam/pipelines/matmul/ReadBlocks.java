package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.transforms.matmul.BlockCache;
import io.quantbeam.transforms.matmul.BlockSource;
import io.quantbeam.transforms.matmul.MatrixBlockCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Every block of a matrix as a collection, fetched in parallel from its source through the
 * worker's block cache (so blocks the product already fetched are not read again).
 */
final class ReadBlocks extends PTransform<PBegin, PCollection<MatrixBlock>> {

  private final BlockSource source;
  private final MatrixLayout layout;
  private final String runToken;

  ReadBlocks(BlockSource source, MatrixLayout layout, String runToken) {
    this.source = source;
    this.layout = layout;
    this.runToken = runToken;
  }

  @Override
  public PCollection<MatrixBlock> expand(PBegin begin) {
    return begin
        .apply("Coordinates", new BlockCoordinates(layout))
        .apply("Fetch", ParDo.of(new FetchFn(source, runToken)))
        .setCoder(MatrixBlockCoder.of());
  }

  private static final class FetchFn extends DoFn<KV<Integer, Integer>, MatrixBlock> {
    private final BlockSource source;
    private final String runToken;

    FetchFn(BlockSource source, String runToken) {
      this.source = source;
      this.runToken = runToken;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Integer> coordinates, OutputReceiver<MatrixBlock> out) {
      out.output(BlockCache.shared().get(runToken, source, coordinates.getKey(), coordinates.getValue()));
    }
  }
}
