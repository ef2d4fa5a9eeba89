/**
 * Merton transforms: per-firm assembly of observations in date order, estimation with the models'
 * solvers, the report's summary statistics and the Merton counters.
 */
package io.quantbeam.transforms.merton;
