#!/usr/bin/python3
"""Puts java.csv (ForestBenchmark) and sklearn.csv (sklearn_bench.py) side by side as a Markdown table.

Speed-up = scikit-learn's wall seconds per tree / quantbeam's, at the same thread count; CPU ratio =
the same for CPU seconds per tree (steadier than wall time on a busy machine); MSE ratio = quantbeam's
validation MSE / scikit-learn's. Also prints the best grid point of each.
"""
import argparse
import csv
import os


def load(path):
    with open(path) as f:
        return {(r["max_features"], r["min_samples_split"], r["threads"]): r for r in csv.DictReader(f)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default="target/forest-bench")
    args = parser.parse_args()
    java, sk = load(os.path.join(args.dir, "java.csv")), load(os.path.join(args.dir, "sklearn.csv"))
    print("| max_features | min_samples_split | threads | quantbeam trees/s | scikit-learn trees/s | speed-up "
          "| CPU ratio | quantbeam val. MSE | scikit-learn val. MSE | MSE ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted(set(java) & set(sk), key=lambda k: (int(k[0]), int(k[1]), int(k[2]))):
        j, s = java[key], sk[key]
        speed = float(s["seconds_per_fit"]) / float(j["seconds_per_fit"])
        cpu = float(s["cpu_seconds_per_tree"]) / float(j["cpu_seconds_per_tree"])
        ratio = float(j["validation_mse"]) / float(s["validation_mse"])
        print(f"| {key[0]} | {key[1]} | {key[2]} | {float(j['trees_per_second']):.1f} | {float(s['trees_per_second']):.1f} "
              f"| {speed:.1f}x | {cpu:.1f}x | {float(j['validation_mse']):.6f} | {float(s['validation_mse']):.6f} | {ratio:.3f} |")
    persistence_file = os.path.join(args.dir, "persistence.txt")
    persistence = float(open(persistence_file).read()) if os.path.exists(persistence_file) else None
    for name, table in (("quantbeam", java), ("scikit-learn", sk)):
        best = min(table.values(), key=lambda r: float(r["validation_mse"]))
        mse = float(best["validation_mse"])
        print(f"\nbest grid point, {name}: max_features={best['max_features']}, "
              f"min_samples_split={best['min_samples_split']}, validation MSE {mse:.6f}", end="")
        if persistence:
            print(f", skill against persistence {1 - mse / persistence:+.4f}", end="")
    if persistence:
        print(f"\npersistence forecast (next TYPPRICE = current), same validation rows: MSE {persistence:.6f}", end="")
    print()


if __name__ == "__main__":
    main()
