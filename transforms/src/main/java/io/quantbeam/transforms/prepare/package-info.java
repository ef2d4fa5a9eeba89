/**
 * {@code merton-prepare}'s transforms: raw WRDS-style rows (CRSP daily stock file, Compustat
 * quarterly fundamentals linked to CRSP permnos) in per-firm columnar chunks, and the per-firm
 * as-of join that turns them into the Merton input (equity value, default point, risk-free rate
 * per firm and trading day).
 */
package io.quantbeam.transforms.prepare;
