/** Deterministic synthetic market data for samples, tests and benchmarks. */
package io.quantbeam.models.synthetic;
