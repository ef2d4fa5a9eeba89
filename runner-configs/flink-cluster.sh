#!/usr/bin/env bash
# A local multi-process Flink session cluster built from Maven artifacts (no Flink download):
# one JobManager and N TaskManagers, each its own JVM, all on 127.0.0.1.
#
#   runner-configs/flink-cluster.sh start [--dir DIR] [--task-managers N] [--slots S]
#                                         [--tm-memory SIZE] [--rest-port PORT|auto]
#   runner-configs/flink-cluster.sh add-taskmanager [--dir DIR]   # e.g. to replace a lost one
#   runner-configs/flink-cluster.sh status [--dir DIR]
#   runner-configs/flink-cluster.sh stop [--dir DIR]
#
# Defaults: 2 TaskManagers with 2 slots and 1536m each, REST port 8081 (auto: any free port).
# DIR (default: target/flink-cluster under the repository) holds everything the cluster writes:
#   conf/config.yaml   the rendered configuration (template: runner-configs/flink/config.yaml)
#   log/*.log          jobmanager.log, taskmanager-<i>.log
#   pids/*.pid         one per JVM; stop kills exactly these processes
#   flink-master       host:port of the REST endpoint, for --flinkMaster=…
# Submit with: --runner=FlinkRunner --flinkMaster=$(cat DIR/flink-master)
#              --filesToStage=pipelines/target/quantbeam-pipelines-<version>-flink.jar
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
START_TIMEOUT_SECONDS="${FLINK_CLUSTER_START_TIMEOUT:-180}"

# What Flink's own distribution passes to its JVMs on Java 17 (env.java.opts.all).
JAVA_17_OPTS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)
LOG_OPTS=(
  -Dorg.slf4j.simpleLogger.defaultLogLevel=info
  -Dorg.slf4j.simpleLogger.showDateTime=true
  "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS"
)

die() { echo "flink-cluster: $*" >&2; exit 1; }

usage() {
  sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

# GET http://127.0.0.1:<port><path>; curl when present, else bash's /dev/tcp.
http_get() {
  local port="$1" path="$2"
  if command -v curl >/dev/null 2>&1; then
    curl -sf --max-time 5 "http://127.0.0.1:${port}${path}"
  else
    local reply
    exec 3<>"/dev/tcp/127.0.0.1/${port}" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
    reply="$(timeout 5 cat <&3)" || true
    exec 3<&- 3>&-
    [[ "$reply" == "HTTP/1."*" 200 "* ]] || return 1
    printf '%s' "${reply#*$'\r\n\r\n'}"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! port_in_use "$port" && [[ " ${TAKEN_PORTS:-} " != *" $port "* ]]; then
      TAKEN_PORTS="${TAKEN_PORTS:-} $port"
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# The cluster's class path, resolved once by Maven from runner-configs/flink/pom.xml.
classpath() {
  local file="$DIR/classpath.txt"
  if [[ ! -s "$file" || "$HERE/flink/pom.xml" -nt "$file" || "$REPO/pom.xml" -nt "$file" ]]; then
    mvn -q -B -f "$HERE/flink/pom.xml" dependency:build-classpath -Dmdep.outputFile="$file" >"$DIR/log/classpath.log" 2>&1 \
      || die "could not resolve the Flink class path; see $DIR/log/classpath.log"
  fi
  cat "$file"
}

# Prints the two lines BashJavaUtils computes: JVM memory flags, then -D dynamic properties.
resource_params() {
  local kind="$1" out
  out="$("$JAVA" -cp "$CP" "${LOG_OPTS[@]}" org.apache.flink.runtime.util.bash.BashJavaUtils "$kind" \
    --configDir "$DIR/conf" 2>>"$DIR/log/resources.log")" || die "BashJavaUtils $kind failed; see $DIR/log/resources.log"
  grep '^BASH_JAVA_UTILS_EXEC_RESULT:' <<<"$out" | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://' | tail -n 2
}

rest_port() { cat "$DIR/rest-port" 2>/dev/null || die "no cluster in $DIR (run start first)"; }

# True while the process in pid file $1 is alive and is one of this cluster's JVMs.
ours_alive() {
  local pid
  pid="$(cat "$1" 2>/dev/null)" || return 1
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "--configDir $DIR/conf"
}

wait_for() {
  local what="$1" check="$2" deadline=$(( SECONDS + START_TIMEOUT_SECONDS ))
  until eval "$check"; do
    if (( SECONDS > deadline )); then
      echo "flink-cluster: timed out waiting for $what; last log lines:" >&2
      tail -n 30 "$DIR"/log/*.log >&2 || true
      return 1
    fi
    sleep 0.5
  done
}

# Starts TaskManager <index> in the background; wait_for_taskmanager waits until it registered.
launch_taskmanager() {
  local name="taskmanager-$1" jvm dyn
  jvm="$(head -n 1 "$DIR/conf/tm-params")"
  dyn="$(tail -n 1 "$DIR/conf/tm-params")"
  # shellcheck disable=SC2086  # the computed flags are word lists by design
  nohup "$JAVA" "${JAVA_17_OPTS[@]}" "${LOG_OPTS[@]}" $jvm -cp "$CP" \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$DIR/conf" \
    -D "taskmanager.resource-id=$name" $dyn >"$DIR/log/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/pids/$name.pid"
}

wait_for_taskmanager() {
  local name="taskmanager-$1" port
  port="$(rest_port)"
  wait_for "$name to register" "http_get $port /taskmanagers 2>/dev/null | grep -q '\"id\":\"$name\"'" \
    || { stop_cluster; exit 1; }
  echo "flink-cluster: $name up (pid $(cat "$DIR/pids/$name.pid"), log $DIR/log/$name.log)"
}

start_cluster() {
  [[ -f "$DIR/pids/jobmanager.pid" ]] && ours_alive "$DIR/pids/jobmanager.pid" \
    && die "a cluster is already running in $DIR (stop it first)"
  rm -rf "$DIR/conf" "$DIR/pids" "$DIR/log" "$DIR/tmp" "$DIR/rest-port" "$DIR/flink-master"
  mkdir -p "$DIR/conf" "$DIR/pids" "$DIR/log" "$DIR/tmp"
  local rest="$REST_PORT" rpc
  if [[ "$rest" == auto ]]; then
    rest="$(free_port)"
  elif port_in_use "$rest"; then
    die "port $rest is in use; choose another with --rest-port PORT (or auto)"
  fi
  TAKEN_PORTS="$rest"
  rpc="$(free_port)"
  CP="$(classpath)"
  sed -e "s|@RPC_PORT@|$rpc|" -e "s|@REST_PORT@|$rest|" -e "s|@SLOTS@|$SLOTS|" -e "s|@TM_MEMORY@|$TM_MEMORY|" \
      -e "s|@PARALLELISM@|$(( SLOTS * TASK_MANAGERS ))|" -e "s|@TMP_DIR@|$DIR/tmp|" \
      "$HERE/flink/config.yaml" >"$DIR/conf/config.yaml"
  echo "$rest" >"$DIR/rest-port"
  resource_params GET_TM_RESOURCE_PARAMS >"$DIR/conf/tm-params"
  local jm jvm dyn
  jm="$(resource_params GET_JM_RESOURCE_PARAMS)"
  jvm="$(head -n 1 <<<"$jm")"
  dyn="$(tail -n 1 <<<"$jm")"
  # shellcheck disable=SC2086
  nohup "$JAVA" "${JAVA_17_OPTS[@]}" "${LOG_OPTS[@]}" $jvm -cp "$CP" \
    org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$DIR/conf" $dyn \
    >"$DIR/log/jobmanager.log" 2>&1 </dev/null &
  echo $! >"$DIR/pids/jobmanager.pid"
  wait_for "the JobManager's REST API on port $rest" "http_get $rest /overview >/dev/null 2>&1" \
    || { stop_cluster; exit 1; }
  echo "flink-cluster: jobmanager up (pid $(cat "$DIR/pids/jobmanager.pid"), REST http://127.0.0.1:$rest, log $DIR/log/jobmanager.log)"
  for i in $(seq 1 "$TASK_MANAGERS"); do
    launch_taskmanager "$i"
  done
  for i in $(seq 1 "$TASK_MANAGERS"); do
    wait_for_taskmanager "$i"
  done
  echo "127.0.0.1:$rest" >"$DIR/flink-master"
  echo "flink-cluster: ready; submit with --runner=FlinkRunner --flinkMaster=127.0.0.1:$rest"
}

add_taskmanager() {
  ours_alive "$DIR/pids/jobmanager.pid" || die "no running cluster in $DIR"
  CP="$(classpath)"
  local last
  last="$(ls "$DIR/pids" | sed -n 's/^taskmanager-\([0-9]*\)\.pid$/\1/p' | sort -n | tail -n 1)"
  launch_taskmanager $(( ${last:-0} + 1 ))
  wait_for_taskmanager $(( ${last:-0} + 1 ))
}

stop_cluster() {
  local file pid stopped=()
  for file in "$DIR"/pids/taskmanager-*.pid "$DIR/pids/jobmanager.pid"; do
    [[ -f "$file" ]] || continue
    if ours_alive "$file"; then
      pid="$(cat "$file")"
      kill -TERM "$pid" 2>/dev/null || true
      stopped+=("$file")
    else
      rm -f "$file"
    fi
  done
  local deadline=$(( SECONDS + 20 ))
  for file in "${stopped[@]}"; do
    while ours_alive "$file" && (( SECONDS < deadline )); do sleep 0.2; done
    if ours_alive "$file"; then
      kill -KILL "$(cat "$file")" 2>/dev/null || true
    fi
    rm -f "$file"
  done
  echo "flink-cluster: stopped ${#stopped[@]} process(es) of $DIR"
}

status() {
  local port
  port="$(rest_port)"
  http_get "$port" /overview || die "the JobManager on port $port does not answer"
  echo
}

COMMAND="${1:-}"
[[ -n "$COMMAND" ]] || usage
shift
DIR="$REPO/target/flink-cluster"
TASK_MANAGERS=2
SLOTS=2
TM_MEMORY=1536m
REST_PORT=8081
while (( $# )); do
  case "$1" in
    --dir) DIR="$2"; shift 2 ;;
    --task-managers) TASK_MANAGERS="$2"; shift 2 ;;
    --slots) SLOTS="$2"; shift 2 ;;
    --tm-memory) TM_MEMORY="$2"; shift 2 ;;
    --rest-port) REST_PORT="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"

case "$COMMAND" in
  start) start_cluster ;;
  add-taskmanager) add_taskmanager ;;
  stop) stop_cluster ;;
  status) status ;;
  *) usage ;;
esac
