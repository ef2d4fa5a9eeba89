package io.quantbeam.pipelines.options;

import io.quantbeam.pipelines.aws.S3ClientOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Options every quantbeam pipeline has: Beam's own, and the S3 ones (endpoint, region,
 * credentials provider, client factory, retries, path-style addressing) so that {@code s3://}
 * paths work. Credentials come from the AWS default provider chain unless a provider is
 * configured; they are never logged.
 */
public interface QuantbeamOptions extends PipelineOptions, S3ClientOptions {}
