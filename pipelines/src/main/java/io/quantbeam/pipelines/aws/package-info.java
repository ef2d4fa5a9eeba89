/**
 * Amazon S3 client settings for the {@code s3://} file system: retries of throttled and failed
 * requests, and path-style addressing for S3-compatible endpoints, all set through options.
 */
package io.quantbeam.pipelines.aws;
