#!/usr/bin/env bash
# Adds attendance rows to a loaded national data set without changing anything else (same sites, sessions,
# enrolments and people): walk-ins at every held session with a roll, about PERCENT (20) per cent more marks. Then
# recounts the session tallies and rebuilds the report rollups (when the schema has them) as the loader does. Run
# national-bench.sh before and after: the raw figures' time grows with the marks, the report path's should not.
#
#   PERCENT=20 src-test/bench/national-more-marks.sh [database]      # default healthedu_national
set -euo pipefail
DB=${1:-healthedu_national}
PERCENT=${PERCENT:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SQL=$(cd "$(dirname "$0")" && pwd)/national
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
START=$(date +%s)

BEFORE=$(psql_q -At -c "select count(*) from attendance")
K=$(psql_q -At -c "select greatest(1, round(avg(marked) * $PERCENT / 100.0))::int from session_tally where marked > 0")
echo "[$(date -u +%T)] $BEFORE attendance marks; adding $K walk-ins to every held session with a roll"
psql_q -v k="$K" -f "$SQL/more-marks.sql"
AFTER=$(psql_q -At -c "select count(*) from attendance")
echo "[$(date -u +%T)] $AFTER attendance marks (+$(( (AFTER - BEFORE) * 100 / BEFORE ))%); recounting tallies"
psql_q -f "$SQL/tallies.sql" 2>&1 | sed 's/^psql:[^:]*:[0-9]*: NOTICE: //' | tail -1
if [ "$(psql_q -At -c "select to_regproc('reporting_rollup_rebuild') is not null")" = t ]; then
  echo "[$(date -u +%T)] rebuilding the report rollups"
  psql_q -c "set session_replication_role = replica" -c "select reporting_rollup_rebuild()" >/dev/null
fi
psql_q -c "vacuum (analyze) attendance" -c "analyze"
echo "[$(date -u +%T)] done in $(( $(date +%s) - START )) s"
