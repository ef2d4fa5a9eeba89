/**
 * Scenario stress testing per specs/stress.md: market data and its risk factors, scenario shocks
 * as immutable perturbations of the market, zero curves, pricers for the four position types
 * (equity, fixed-coupon bond, European option, cash) with conversion to the base currency, the
 * array-based revaluation of a block of scenarios, correlated scenario generation from a factor
 * covariance, and the exact tail statistics (VaR, ES) of the resulting profit and loss.
 *
 * <p>Conventions: rates and spreads are continuously compounded, annualised decimals (0.03 = 3 %);
 * times are in years (ACT/365-style year fractions, no calendars); volatilities are annualised
 * decimals; FX rates are units of base currency per one unit of the foreign currency; values are
 * in the position's currency unless a name says "base". Pure Java, no I/O.
 */
package io.quantbeam.models.stress;
