/**
 * Files in and out: output tables declared once ({@link io.quantbeam.pipelines.io.OutputTable}: CSV
 * header, Parquet schema and both writers from one column list), all-or-nothing batch writes,
 * CSV/Parquet readers, dead-letter output and output-folder housekeeping, local or s3://.
 */
package io.quantbeam.pipelines.io;
