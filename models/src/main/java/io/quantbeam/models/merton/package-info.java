/**
 * Merton (1974) structural credit model: equity as a European call on the firm's assets, solved
 * for asset value and volatility, and the distance to default and default probability that
 * follow. Three estimation methods per specs/merton.md. Pure Java, no I/O.
 */
package io.quantbeam.models.merton;
