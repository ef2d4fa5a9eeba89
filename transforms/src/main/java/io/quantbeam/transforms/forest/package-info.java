/**
 * Beam transforms of the random-forest pipelines (specs/forest.md): validating minute bars into
 * per-symbol series with dead letters, preparing each symbol's matrices once into the run's work
 * folder, fanning the grid search and the final model out as one element per (symbol, grid
 * point, sub-forest), averaging sub-forests back per grid point and per symbol, assembling the
 * saved model, and scoring new bars with saved models.
 */
package io.quantbeam.transforms.forest;
