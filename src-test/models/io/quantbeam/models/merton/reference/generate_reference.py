"""Independent reference values for the ITERATIVE and NAIVE Merton methods (specs/merton.md).

Reads src-test/testdata/merton/firms.csv and writes iterative_naive_reference.csv: for every firm,
monthly estimation dates (each month's last row with a full 252-row window), horizons 1 and 3
years, the methods ITERATIVE (empirical and risk-free drift) and NAIVE. A straightforward
numpy/scipy reading of the spec: scipy.optimize.brentq on [E, E + K] for each Black-Scholes
solve, numpy.std(ddof=1) for the volatilities. Run from this folder:

    python3 generate_reference.py ../../../../../../testdata/merton/firms.csv > iterative_naive_reference.csv
"""
import csv
import math
import sys

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

WINDOW = 252
HORIZONS = (1.0, 3.0)
UNLEVERED = 1e-10


def asset_value(equity, debt, rate, sigma, horizon):
    strike = debt * math.exp(-rate * horizon)
    total = sigma * math.sqrt(horizon)

    def gap(v):
        d1 = math.log(v / strike) / total + total / 2
        return v * norm.cdf(d1) - strike * norm.cdf(d1 - total) - equity

    return brentq(gap, equity, equity + strike, xtol=1e-15, rtol=1e-15, maxiter=1000)


def estimation_dates(dates):
    n = len(dates)
    last_of_month = [t for t in range(n) if t == n - 1 or dates[t][:7] != dates[t + 1][:7]]
    return [t for t in last_of_month if t >= WINDOW - 1]


def iterative(equity, debt, rate, t, horizon):
    days = range(t - WINDOW + 1, t + 1)
    sigma_e = np.std(np.diff(np.log(equity[t - WINDOW + 1:t + 1])), ddof=1) * math.sqrt(252)
    sigma = sigma_e * equity[t] / (equity[t] + debt[t])
    for _ in range(100):
        values = np.array([asset_value(equity[d], debt[d], rate[d], sigma, horizon) if debt[d] > UNLEVERED
                           else equity[d] for d in days])
        returns = np.diff(np.log(values))
        updated = np.std(returns, ddof=1) * math.sqrt(252)
        if abs(updated - sigma) < 1e-4:
            break
        sigma = updated
    return values[-1], sigma, returns.mean() * 252 + sigma ** 2 / 2


def distance_to_default(value, debt, drift, sigma, horizon):
    if debt <= UNLEVERED:
        return float('nan')
    return (math.log(value / debt) + (drift - sigma ** 2 / 2) * horizon) / (sigma * math.sqrt(horizon))


def exact(x):
    """Shortest decimal that reads back as the same double."""
    return repr(float(x))


def main(path):
    by_firm = {}
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            by_firm.setdefault(row['firm_id'], []).append(row)
    writer = csv.writer(sys.stdout, lineterminator='\n')
    writer.writerow(['firm_id', 'date', 'method', 'drift', 'horizon_years', 'asset_value', 'asset_volatility',
                     'distance_to_default'])
    for firm, rows in by_firm.items():
        dates = [r['date'] for r in rows]
        equity = np.array([float(r['mkt_val']) for r in rows])
        debt = np.array([float(r['face_value_debt']) for r in rows])
        rate = np.log1p(np.array([float(r['DGS1']) for r in rows]))
        for t in estimation_dates(dates):
            for h in HORIZONS:
                value, sigma, drift = iterative(equity, debt, rate, t, h)
                for name, mu in (('EMPIRICAL', drift), ('RISK_FREE', rate[t])):
                    dd = distance_to_default(value, debt[t], mu, sigma, h)
                    writer.writerow([firm, dates[t], 'ITERATIVE', name, h, exact(value), exact(sigma), exact(dd)])
            sigma_e = np.std(np.diff(np.log(equity[t - WINDOW + 1:t + 1])), ddof=1) * math.sqrt(252)
            e, f = equity[t], debt[t]
            sigma_v = e / (e + f) * sigma_e + f / (e + f) * (0.05 + 0.25 * sigma_e)
            for h in HORIZONS:
                for name, mu in (('EMPIRICAL', equity[t] / equity[t - WINDOW + 1] - 1), ('RISK_FREE', rate[t])):
                    dd = distance_to_default(e + f, f, mu, sigma_v, h)
                    writer.writerow([firm, dates[t], 'NAIVE', name, h, exact(e + f), exact(sigma_v), exact(dd)])


if __name__ == '__main__':
    main(sys.argv[1])
