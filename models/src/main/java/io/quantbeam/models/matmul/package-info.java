/**
 * Dense blocked matrix multiplication: the block layout that {@code matrix.json} records, blocks
 * of float64 values, the block GEMM kernel (an optimised BLAS {@code dgemm} through
 * dev.ludovic.netlib, native OpenBLAS when the system provides {@code libblas.so.3}), the NumPy
 * {@code .npy} codec for blocks, seeded random blocks and the pieces of Freivalds' check. Pure
 * Java on arrays and byte buffers: no Beam, no file I/O. Values are dimensionless float64.
 */
package io.quantbeam.models.matmul;
