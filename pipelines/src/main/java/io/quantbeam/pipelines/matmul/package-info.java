/**
 * The blocked matrix multiply pipelines ({@code matmul}, {@code matgen}) and the block-matrix
 * storage format they read and write through Beam's {@code FileSystems} (local paths and
 * {@code s3://}): a folder with {@code matrix.json} and one NumPy {@code .npy} file per block.
 * See specs/matmul.md and pipelines/docs/matmul.md.
 */
package io.quantbeam.pipelines.matmul;
