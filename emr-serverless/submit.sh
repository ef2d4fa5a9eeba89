#!/usr/bin/env bash
# quantbeam on Amazon EMR Serverless with the AWS CLI v2. Fill in settings.env (from
# settings.env.example) first; every JSON and options file here is rendered with its values.
#
#   ./submit.sh roles                 create the job runtime role and the scheduler role (IAM)
#   ./submit.sh create-application    create the Spark application; put the id in settings.env
#   ./submit.sh upload                upload the EMR jar (mvn -B package first) and the options files
#   ./submit.sh run [JOB_RUN_JSON]    start a job run (default job-run-merton.json); prints its id
#   ./submit.sh wait JOB_RUN_ID       poll until the run ends; exit 0 only on SUCCESS
#   ./submit.sh schedule [JSON]       create the EventBridge Scheduler schedule (default: nightly Merton)
#   ./submit.sh render FILE           print FILE with the settings filled in
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
SETTINGS=(AWS_REGION ACCOUNT_ID BUCKET APPLICATION_ID)

die() { echo "submit: $*" >&2; exit 1; }

load_settings() {
  [[ -f "$HERE/settings.env" ]] || die "copy settings.env.example to settings.env and fill it in"
  # shellcheck disable=SC1091
  source "$HERE/settings.env"
  export AWS_REGION
}

# FILE with ${NAME} replaced by each setting's value; fails on a setting the file needs but lacks.
render() {
  local text name value
  text="$(cat "$1")"
  for name in "${SETTINGS[@]}"; do
    value="${!name:-}"
    if [[ "$text" == *"\${$name}"* ]]; then
      [[ -n "$value" ]] || die "$1 needs $name; set it in settings.env"
      text="${text//\$\{$name\}/$value}"
    fi
  done
  printf '%s\n' "$text"
}

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A rendered copy of FILE, for the AWS CLI's file:// arguments.
rendered_file() {
  local out="$WORK/$(basename "$1")"
  render "$1" >"$out"
  echo "$out"
}

# The s3:// entry point named in a job-run JSON (rendered), and the local jar it must be.
entry_point() {
  render "$1" | sed -n 's/.*"entryPoint": *"\([^"]*\)".*/\1/p' | head -n 1
}

roles() {
  aws iam create-role --role-name quantbeam-emr-job-runtime \
    --assume-role-policy-document "file://$(rendered_file "$HERE/iam/job-runtime-trust.json")" >/dev/null
  aws iam put-role-policy --role-name quantbeam-emr-job-runtime --policy-name quantbeam-s3-prefixes \
    --policy-document "file://$(rendered_file "$HERE/iam/job-runtime-policy.json")"
  echo "created role quantbeam-emr-job-runtime"
  if [[ -n "${APPLICATION_ID:-}" ]]; then
    aws iam create-role --role-name quantbeam-scheduler \
      --assume-role-policy-document "file://$(rendered_file "$HERE/iam/scheduler-trust.json")" >/dev/null
    aws iam put-role-policy --role-name quantbeam-scheduler --policy-name quantbeam-start-job-runs \
      --policy-document "file://$(rendered_file "$HERE/iam/scheduler-policy.json")"
    echo "created role quantbeam-scheduler"
  else
    echo "APPLICATION_ID is not set yet: run create-application, then roles again for the scheduler role"
  fi
}

create_application() {
  aws emr-serverless create-application --cli-input-json "file://$(rendered_file "$HERE/application.json")" \
    --query applicationId --output text
}

upload() {
  local jar_uri jar
  jar_uri="$(entry_point "$HERE/job-run-merton.json")"
  jar="$REPO/pipelines/target/$(basename "$jar_uri")"
  [[ -f "$jar" ]] || die "no $jar: build it with mvn -B package -DskipTests"
  aws s3 cp "$jar" "$jar_uri"
  aws s3 cp - "s3://$BUCKET/quantbeam/artifacts/options/emr.options" <"$REPO/runner-configs/presets/emr.options"
  local file
  for file in "$HERE"/options/*.options; do
    render "$file" | aws s3 cp - "s3://$BUCKET/quantbeam/artifacts/options/$(basename "$file")"
  done
}

run() {
  aws emr-serverless start-job-run --cli-input-json "file://$(rendered_file "${1:-$HERE/job-run-merton.json}")" \
    --query jobRunId --output text
}

wait_for() {
  local id="$1" state
  while true; do
    state="$(aws emr-serverless get-job-run --application-id "$APPLICATION_ID" --job-run-id "$id" \
      --query jobRun.state --output text)"
    echo "$(date +%T) $id $state"
    case "$state" in
      SUCCESS) return 0 ;;
      FAILED|CANCELLED)
        aws emr-serverless get-job-run --application-id "$APPLICATION_ID" --job-run-id "$id" \
          --query jobRun.stateDetails --output text >&2
        echo "driver log: s3://$BUCKET/quantbeam/logs/applications/$APPLICATION_ID/jobs/$id/SPARK_DRIVER/stderr.gz" >&2
        return 1 ;;
    esac
    sleep 30
  done
}

schedule() {
  aws scheduler create-schedule --cli-input-json "file://$(rendered_file "${1:-$HERE/schedule-merton-nightly.json}")"
}

COMMAND="${1:-}"
shift || true
case "$COMMAND" in
  roles) load_settings; roles ;;
  create-application) load_settings; create_application ;;
  upload) load_settings; upload ;;
  run) load_settings; run "$@" ;;
  wait) load_settings; [[ $# -eq 1 ]] || die "usage: submit.sh wait JOB_RUN_ID"; wait_for "$1" ;;
  schedule) load_settings; schedule "$@" ;;
  render) load_settings; [[ $# -eq 1 ]] || die "usage: submit.sh render FILE"; render "$1" ;;
  *) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
