package io.quantbeam.pipelines.aws;

import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 client of the {@code s3://} file system: Beam's default client (region, endpoint,
 * credentials, HTTP settings from {@code AwsOptions}) plus the retry policy and the addressing
 * style of {@link S3ClientOptions}.
 *
 * <p>Every quantbeam pipeline uses it unless {@code --s3ClientFactoryClass} names another factory
 * (see {@code Runners.tune}); it can also be named explicitly:
 * {@code --s3ClientFactoryClass=io.quantbeam.pipelines.aws.QuantbeamS3ClientBuilderFactory}.
 *
 * <p>Retries are explicit rather than the SDK's legacy default (three retries): a run makes
 * thousands of requests, and an object store that throttles under load answers some of them with
 * 503 SlowDown. The standard mode backs off with jitter, longer for throttling, and its retry
 * token bucket still stops a client from hammering an endpoint that is down.
 */
public class QuantbeamS3ClientBuilderFactory implements S3ClientBuilderFactory {

  /** Selects this factory unless {@code --s3ClientFactoryClass} named another one. */
  public static void selectUnlessAnotherIsChosen(PipelineOptions options) {
    S3Options s3 = options.as(S3Options.class);
    if (s3.getS3ClientFactoryClass() == DefaultS3ClientBuilderFactory.class) {
      s3.setS3ClientFactoryClass(QuantbeamS3ClientBuilderFactory.class);
    }
  }

  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    S3ClientOptions settings = options.as(S3ClientOptions.class);
    if (settings.getS3MaxAttempts() < 1) {
      throw new IllegalArgumentException("--s3MaxAttempts must be >= 1, got " + settings.getS3MaxAttempts());
    }
    S3ClientBuilder builder = new DefaultS3ClientBuilderFactory().createBuilder(options);
    ClientOverrideConfiguration current = builder.overrideConfiguration();
    ClientOverrideConfiguration.Builder override =
        current == null ? ClientOverrideConfiguration.builder() : current.toBuilder();
    override.retryPolicy(RetryPolicy.builder(RetryMode.STANDARD)
        .numRetries(settings.getS3MaxAttempts() - 1)
        .build());
    return builder
        .overrideConfiguration(override.build())
        .forcePathStyle(settings.getS3PathStyleAccess());
  }
}
