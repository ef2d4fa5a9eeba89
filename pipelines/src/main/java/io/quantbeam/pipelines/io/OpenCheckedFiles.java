package io.quantbeam.pipelines.io;

import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The files {@link InputFiles#check} found, opened for reading in the pipeline: the glob is not
 * matched again, so the run reads exactly the files that were checked and that the manifest lists.
 */
public final class OpenCheckedFiles extends PTransform<PBegin, PCollection<FileIO.ReadableFile>> {

  private final CheckedInput input;

  public OpenCheckedFiles(CheckedInput input) {
    this.input = input;
  }

  @Override
  public PCollection<FileIO.ReadableFile> expand(PBegin begin) {
    return begin
        .apply("CheckedFiles", Create.of(input.paths()).withCoder(StringUtf8Coder.of()))
        .apply("MatchFiles", FileIO.matchAll())
        .apply("OpenFiles", FileIO.readMatches());
  }
}
