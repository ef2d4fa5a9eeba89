package io.quantbeam.pipelines.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** s3:// paths resolve through Beam's AWS SDK v2 filesystem, configured by options alone. */
class S3SchemeTest {

  @Test
  void s3PathsResolveAndS3OptionsAreAccepted() {
    QuantbeamOptions options = PipelineOptionsFactory.fromArgs("--awsRegion=eu-west-1",
        "--endpoint=http://127.0.0.1:9000").withValidation().as(QuantbeamOptions.class);
    FileSystems.setDefaultPipelineOptions(options);
    ResourceId file = FileSystems.matchNewResource("s3://bucket/firms/part-1.parquet", false);
    assertEquals("s3", file.getScheme());
    assertEquals("part-1.parquet", file.getFilename());
    assertEquals("eu-west-1", options.as(S3Options.class).getAwsRegion().id());
  }
}
