#!/usr/bin/env bash
# Times the figures of the nation, a province and a county on the national data set (national-load.sh), two or
# three ways side by side, in one run:
#   raw     the figures counted from the base tables: reporting_base_figures() when the schema has it (the figures'
#           own raw query), else raw-figures.sql (this directory; totals only);
#   report  the report path's SQL over the rollups: reporting_figures() (if the schema has it);
#   rest    the REST endpoint GET /api/v1/figures/projects/{p}/units/{u}?period=FROM/TO (only with BASE set).
# Each is run once to warm up and then RUNS times; prints the median and the 95th percentile (nearest rank) and the
# ratio raw / report. Then, when both SQL paths exist, checks that they give the same figures.
#
#   src-test/bench/national-bench.sh [database]                      # default healthedu_national
#   RUNS=9 PROVINCE=NP05 FROM=2026-03-01 TO=2027-02-28 src-test/bench/national-bench.sh
#   BASE=http://127.0.0.1:8980 src-test/bench/national-bench.sh     # also through the running application
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); RUNS (5); SCOPES (nation province county);
# CHECK (1: compare the two paths' figures; 0: skip); PROVINCE (NP16); COUNTY (the province's first); FROM/TO
# (the project year 2025-03-01..2026-02-28); BASE, BENCH_USER (admin), BENCH_PASSWORD
# (Demo@2026) for the REST path.
set -euo pipefail

DB=${1:-healthedu_national}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUNS=${RUNS:-5}
SCOPES=${SCOPES:-nation province county}
CHECK=${CHECK:-1}
PROVINCE=${PROVINCE:-NP16}
COUNTY=${COUNTY:-${PROVINCE}C01K001}
FROM=${FROM:-2025-03-01}
TO=${TO:-2026-02-28}
BASE=${BASE:-}
BENCH_USER=${BENCH_USER:-admin}
BENCH_PASSWORD=${BENCH_PASSWORD:-Demo@2026}
HERE=$(cd "$(dirname "$0")" && pwd)

q() { psql -X -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
has() { [ "$(q "select to_regproc('$1') is not null")" = t ]; }

PROJECT=$(q "select id from project where code = 'NAT-2024'")
[ -n "$PROJECT" ] || { echo "no national data set in $DB (run national-load.sh)"; exit 1; }

# Runs one SQL text (psql, may use :project :unit :from :to) 1 + RUNS times in one session; prints the RUNS times (ms).
time_sql() {
  local unit=$1 sql=$2
  { echo '\o /dev/null'; echo '\timing on'
    for _ in $(seq 0 "$RUNS"); do echo "$sql"; done; } |
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v project="$PROJECT" -v unit="$unit" -v from="$FROM" -v to="$TO" |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n +2
}
time_rest() {
  local unit=$1
  for i in $(seq 0 "$RUNS"); do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$BENCH_USER:$BENCH_PASSWORD" \
      "$BASE/api/v1/figures/projects/$PROJECT/units/$unit?period=$FROM/$TO")
    [ "${out%% *}" = 200 ] || { echo "REST answered ${out%% *}" >&2; return 1; }
    [ "$i" -gt 0 ] && echo "${out#* }" | awk '{ printf "%.3f\n", $1 * 1000 }'
  done
  return 0
}
# median and p95 (nearest rank) of the numbers on stdin, as "median p95"
stats() { python3 -c '
import math, statistics, sys
v = sorted(float(x) for x in sys.stdin.read().split())
print("%.1f %.1f" % (statistics.median(v), v[max(0, math.ceil(0.95 * len(v)) - 1)]) if v else "- -")'; }

if has reporting_base_figures; then
  RAW_SQL='select count(*), sum(value) from reporting_base_figures(:project, :unit, date :'"'from'"', date :'"'to'"');'
  RAW_NAME='reporting_base_figures()'
else
  RAW_SQL="\\i $HERE/raw-figures.sql"
  RAW_NAME='raw-figures.sql'
fi
if has reporting_figures; then
  REPORT_SQL='select count(*), sum(value) from reporting_figures(:project, :unit, date :'"'from'"', date :'"'to'"');'
else
  REPORT_SQL=
fi

echo "National figures benchmark: database $DB, project NAT-2024 ($PROJECT), period $FROM..$TO, $RUNS runs after" \
     "one warm-up, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
ROLLUPS=
if [ "$(q "select to_regclass('report_site_day') is not null")" = t ]; then
  ROLLUPS=" || ', rollups: ' || (select count(*) from report_site_day) || ' site-days, '
          || (select count(*) from report_participant) || ' participant rows'"
fi
q "select 'data: ' || (select count(*) from site) || ' sites, ' || (select count(*) from participant)
          || ' participants, ' || (select count(*) from training_session) || ' sessions, '
          || (select count(*) from attendance) || ' attendance marks, ' || (select count(*) from feedback_response)
          || ' feedback responses' $ROLLUPS"
REPORT_NAME='not available (no reporting_figures() in this schema)'
[ -n "$REPORT_SQL" ] && REPORT_NAME='reporting_figures() over the rollups'
echo "raw: $RAW_NAME; report: $REPORT_NAME${BASE:+; rest: $BASE}"
echo
printf '%-9s %-14s %10s %10s %10s %10s %8s' scope unit 'raw med' 'raw p95' 'rep med' 'rep p95' ratio
[ -n "$BASE" ] && printf ' %10s %10s' 'rest med' 'rest p95'
echo '   (ms)'

for scope in $SCOPES; do
  case $scope in
    nation) code=CFPA ;;
    province) code=$PROVINCE ;;
    county) code=$COUNTY ;;
  esac
  unit=$(q "select id from organisation_unit where code = '$code'")
  read -r raw_med raw_p95 < <(time_sql "$unit" "$RAW_SQL" | stats)
  rep_med=- rep_p95=- ratio=-
  if [ -n "$REPORT_SQL" ]; then
    read -r rep_med rep_p95 < <(time_sql "$unit" "$REPORT_SQL" | stats)
    ratio=$(python3 -c "r = $raw_med / max($rep_med, 0.001); print(('%.1fx' if r < 10 else '%.0fx') % r)")
  fi
  printf '%-9s %-14s %10s %10s %10s %10s %8s' "$scope" "$code" "$raw_med" "$raw_p95" "$rep_med" "$rep_p95" "$ratio"
  if [ -n "$BASE" ]; then
    read -r rest_med rest_p95 < <(time_rest "$unit" | stats)
    printf ' %10s %10s' "$rest_med" "$rest_p95"
  fi
  echo
done

if [ -n "$REPORT_SQL" ] && [ "$CHECK" = 1 ]; then
  echo
  for scope in $SCOPES; do
    case $scope in nation) code=CFPA ;; province) code=$PROVINCE ;; county) code=$COUNTY ;; esac
    unit=$(q "select id from organisation_unit where code = '$code'")
    differ=$(q "select count(*) from (
        (select * from reporting_figures($PROJECT, $unit, '$FROM', '$TO')
         except select * from reporting_base_figures($PROJECT, $unit, '$FROM', '$TO'))
        union all
        (select * from reporting_base_figures($PROJECT, $unit, '$FROM', '$TO')
         except select * from reporting_figures($PROJECT, $unit, '$FROM', '$TO'))) d")
    echo "figures of $code: report path and raw SQL $( [ "$differ" = 0 ] && echo agree || echo "DIFFER in $differ rows")"
  done
fi
