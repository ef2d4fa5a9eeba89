package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixBlock;
import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import io.quantbeam.transforms.matmul.MatrixBlockCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/** Every block of a random matrix whose values depend only on (seed, i, j); see {@link SeededBlockGenerator}. */
final class GenerateBlocks extends PTransform<PBegin, PCollection<MatrixBlock>> {

  private final MatrixLayout layout;
  private final long seed;

  GenerateBlocks(MatrixLayout layout, long seed) {
    this.layout = layout;
    this.seed = seed;
  }

  @Override
  public PCollection<MatrixBlock> expand(PBegin begin) {
    return begin
        .apply("Coordinates", new BlockCoordinates(layout))
        .apply("GenerateBlock", ParDo.of(new GenerateFn(layout, seed)))
        .setCoder(MatrixBlockCoder.of());
  }

  private static final class GenerateFn extends DoFn<KV<Integer, Integer>, MatrixBlock> {
    private final MatrixLayout layout;
    private final SeededBlockGenerator generator;

    GenerateFn(MatrixLayout layout, long seed) {
      this.layout = layout;
      this.generator = new SeededBlockGenerator(seed);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Integer> coordinates, OutputReceiver<MatrixBlock> out) {
      out.output(generator.block(layout, coordinates.getKey(), coordinates.getValue()));
    }
  }
}
