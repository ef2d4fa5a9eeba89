/**
 * The {@code stress} pipeline (specs/stress.md: a portfolio revalued under many scenarios, exact
 * VaR and ES, per book and in total) and {@code stress-generate} (realistic market, portfolio and
 * factor covariance from a seed), with their file formats: market JSON, portfolio CSV/Parquet,
 * covariance CSV, scenario CSV/Parquet, P&amp;L per scenario and the report.
 */
package io.quantbeam.pipelines.stress;
