package io.quantbeam.pipelines.aws;

import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/**
 * S3 client settings Beam's {@link S3Options} lacks, applied by {@link QuantbeamS3ClientBuilderFactory}.
 * With Beam's {@code --endpoint}, {@code --awsRegion} and {@code --awsCredentialsProvider} they
 * describe any S3 endpoint completely through options.
 */
public interface S3ClientOptions extends S3Options {

  @Description("Attempts per S3 request, the first one included. Throttling (503 SlowDown), other 5xx "
      + "answers, timeouts and dropped connections are retried with jittered exponential backoff "
      + "(the AWS SDK's standard retry mode).")
  @Default.Integer(10)
  int getS3MaxAttempts();

  void setS3MaxAttempts(int value);

  @Description("Address buckets in the URL path (http://endpoint/bucket/key) instead of the host name "
      + "(bucket.endpoint). Needed by S3-compatible endpoints such as MinIO, Ceph or a local S3 mock "
      + "given with --endpoint; Amazon S3 itself needs no change.")
  @Default.Boolean(false)
  boolean getS3PathStyleAccess();

  void setS3PathStyleAccess(boolean value);
}
