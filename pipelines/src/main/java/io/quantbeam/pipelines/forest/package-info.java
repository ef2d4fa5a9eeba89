/**
 * The random-forest pipelines (specs/forest.md): {@code forest} (per-stock grid search and final
 * model, fanned out as one unit of work per stock, grid point and sub-forest), {@code forest-score}
 * (predictions of saved models for new bars) and {@code forest-generate} (synthetic minute bars),
 * with their options, input reading, output tables and summaries, and the learner benchmark.
 */
package io.quantbeam.pipelines.forest;
