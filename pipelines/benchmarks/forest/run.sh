#!/usr/bin/env bash
# The forest learner benchmark: quantbeam's exact CART against scikit-learn's RandomForestRegressor on
# the same prepared matrices (one synthetic stock, ~64,000 training rows x 11 features, the spec's
# split), the default grid, 20 trees per fit, 1 and 2 threads. Not a test: it prints numbers.
#   pipelines/benchmarks/forest/run.sh [--trees=20] [--repeats=3] [--days=267]
# Needs Debian's python3-sklearn (apt-get install -y python3-sklearn). Timed runs hold
# /tmp/quantbeam-bench.lock so that only one benchmark runs at a time on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT=target/forest-bench
TREES=20
REPEATS=3
for arg in "$@"; do
  case "$arg" in
    --trees=*) TREES="${arg#--trees=}" ;;
    --repeats=*) REPEATS="${arg#--repeats=}" ;;
  esac
done
mkdir -p "$OUT"
mvn -q -pl pipelines -am test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/classpath.txt"
CP="pipelines/target/classes:pipelines/target/test-classes:transforms/target/classes:models/target/classes:$(cat "$OUT/classpath.txt")"
echo "load before: $(uptime)"
flock /tmp/quantbeam-bench.lock java -cp "$CP" io.quantbeam.pipelines.forest.ForestBenchmark --out="$OUT" "$@"
flock /tmp/quantbeam-bench.lock /usr/bin/python3 pipelines/benchmarks/forest/sklearn_bench.py --dir "$OUT" --trees "$TREES" \
  --repeats "$REPEATS" --jobs 1 2
echo "load after: $(uptime)"
/usr/bin/python3 pipelines/benchmarks/forest/compare.py --dir "$OUT"
