#!/usr/bin/python3
"""scikit-learn's RandomForestRegressor on the matrices ForestBenchmark exported.

Same rows, features, split and hyper-parameters as the Java run: for every grid point it fits
--trees trees (bootstrap, max_features, min_samples_split, unlimited depth), keeps the fastest
of --repeats fits, and prints (and writes to <dir>/sklearn.csv) seconds per fit, trees per
second, CPU seconds per tree (all threads) and the validation MSE. Uses Debian's python3-sklearn
(apt-get install python3-sklearn).
"""
import argparse
import os
import time

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestRegressor


def load(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    return data[:, :-1], data[:, -1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default="target/forest-bench", help="folder with train.csv and validation.csv")
    parser.add_argument("--trees", type=int, default=20)
    parser.add_argument("--jobs", type=int, nargs="+", default=[2])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--max-features", type=int, nargs="+", default=[5, 7, 9])
    parser.add_argument("--min-samples-split", type=int, nargs="+", default=[5, 15, 25])
    args = parser.parse_args()

    x_train, y_train = load(os.path.join(args.dir, "train.csv"))
    x_val, y_val = load(os.path.join(args.dir, "validation.csv"))
    print(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}; "
          f"train {x_train.shape}, validation {x_val.shape}; {args.trees} trees per fit")
    # The persistence forecast: next TYPPRICE = current TYPPRICE (column 0), on the same validation rows.
    persistence = float(np.mean((x_val[:, 0] - y_val) ** 2))
    print(f"# persistence forecast validation MSE {persistence:.6f}")
    with open(os.path.join(args.dir, "persistence.txt"), "w") as out:
        out.write(f"{persistence!r}\n")
    header = "max_features,min_samples_split,threads,seconds_per_fit,trees_per_second,cpu_seconds_per_tree," \
             "validation_mse,mean_leaves"
    rows = [header]
    print(header)
    for max_features in args.max_features:
        for min_samples_split in args.min_samples_split:
            for jobs in args.jobs:
                best_wall = best_cpu = float("inf")
                for _ in range(args.repeats):
                    model = RandomForestRegressor(n_estimators=args.trees, max_features=max_features,
                                                  min_samples_split=min_samples_split, bootstrap=True,
                                                  n_jobs=jobs, random_state=args.seed)
                    wall, cpu = time.perf_counter(), time.process_time()
                    model.fit(x_train, y_train)
                    best_wall = min(best_wall, time.perf_counter() - wall)
                    best_cpu = min(best_cpu, time.process_time() - cpu)
                mse = float(np.mean((model.predict(x_val) - y_val) ** 2))
                leaves = np.mean([tree.get_n_leaves() for tree in model.estimators_])
                row = (f"{max_features},{min_samples_split},{jobs},{best_wall:.4f},{args.trees / best_wall:.2f},"
                       f"{best_cpu / args.trees:.5f},{mse:.6f},{leaves:.0f}")
                rows.append(row)
                print(row, flush=True)
    with open(os.path.join(args.dir, "sklearn.csv"), "w") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
