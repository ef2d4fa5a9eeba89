/**
 * Beam transforms of the blocked matrix multiply: the block join plan that computes C = A·B from
 * blocks keyed by their coordinates ({@link io.quantbeam.transforms.matmul.BlockProduct}), Freivalds'
 * check of a product ({@link io.quantbeam.transforms.matmul.FreivaldsCheck}) and the coders that
 * carry blocks between workers as raw little-endian float64.
 */
package io.quantbeam.transforms.matmul;
