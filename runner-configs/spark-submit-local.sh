#!/usr/bin/env bash
# spark-submit on this machine from Maven artifacts (no Spark download), the way Amazon EMR
# Serverless runs a job: Spark, Scala, Hadoop, SLF4J/Log4j, Jackson and Netty on the JVM's class
# path, the application jar (pipelines/target/quantbeam-pipelines-<version>-emr.jar) loaded by
# Spark on top. A rehearsal of the EMR jar before uploading it.
#
#   runner-configs/spark-submit-local.sh [--master local[N]] [--conf key=value]… JAR PIPELINE [OPTIONS…]
#
# e.g. runner-configs/spark-submit-local.sh pipelines/target/quantbeam-pipelines-0.1.0-SNAPSHOT-emr.jar \
#        merton-generate --optionsFile=runner-configs/presets/emr.options --firms=20 --output=/tmp/firms
# The class path is resolved once into target/spark-local/classpath.txt (SPARK_LOCAL_DIR overrides).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DIR="${SPARK_LOCAL_DIR:-$REPO/target/spark-local}"

# What spark-submit's launcher adds on Java 17 (JavaModuleOptions).
SPARK_JAVA17_OPTS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

die() { echo "spark-submit-local: $*" >&2; exit 2; }

MASTER='local[*]'
CONFS=()
while (( $# )) && [[ "$1" == --* ]]; do
  case "$1" in
    --master) MASTER="$2"; shift 2 ;;
    --conf) CONFS+=(--conf "$2"); shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
(( $# >= 2 )) || die "usage: spark-submit-local.sh [--master M] [--conf k=v]… JAR PIPELINE [OPTIONS…]"
JAR="$1"
shift
[[ -f "$JAR" ]] || die "no jar at $JAR (build it with: mvn -B package -DskipTests)"

mkdir -p "$DIR"
CLASSPATH_FILE="$DIR/classpath.txt"
if [[ ! -s "$CLASSPATH_FILE" || "$HERE/spark/pom.xml" -nt "$CLASSPATH_FILE" || "$REPO/pom.xml" -nt "$CLASSPATH_FILE" ]]; then
  mvn -q -B -f "$HERE/spark/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" \
    >"$DIR/classpath.log" 2>&1 || die "could not resolve the Spark class path; see $DIR/classpath.log"
fi

export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec "$JAVA" "${SPARK_JAVA17_OPTS[@]}" -cp "$(cat "$CLASSPATH_FILE")" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER" --class io.quantbeam.pipelines.Launcher "${CONFS[@]}" "$JAR" "$@"
