package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.MatrixLayout;
import io.quantbeam.models.matmul.SeededBlockGenerator;
import io.quantbeam.transforms.matmul.BlockRef;
import io.quantbeam.transforms.matmul.BlockSink;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Generates every block of a random matrix (values from (seed, i, j), see
 * {@link SeededBlockGenerator}) and writes it at once; outputs a reference per written block. The
 * references are spread over the workers first, so blocks are generated and written in parallel.
 */
final class GenerateBlocks extends PTransform<PBegin, PCollection<BlockRef>> {

  private final MatrixLayout layout;
  private final long seed;
  private final BlockSink sink;

  GenerateBlocks(MatrixLayout layout, long seed, BlockSink sink) {
    this.layout = layout;
    this.seed = seed;
    this.sink = sink;
  }

  @Override
  public PCollection<BlockRef> expand(PBegin begin) {
    return begin
        .apply("ListBlocks", Create.of(BlockRef.allOf(layout)).withCoder(BlockRef.Coder.of()))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply("GenerateAndWrite", ParDo.of(new GenerateFn(layout, seed, sink)))
        .setCoder(BlockRef.Coder.of());
  }

  private static final class GenerateFn extends DoFn<BlockRef, BlockRef> {
    private final MatrixLayout layout;
    private final SeededBlockGenerator generator;
    private final BlockSink sink;

    GenerateFn(MatrixLayout layout, long seed, BlockSink sink) {
      this.layout = layout;
      this.generator = new SeededBlockGenerator(seed);
      this.sink = sink;
    }

    @ProcessElement
    public void process(@Element BlockRef ref, OutputReceiver<BlockRef> out) {
      sink.write(generator.block(layout, ref.blockRow(), ref.blockCol()));
      out.output(ref);
    }
  }
}
