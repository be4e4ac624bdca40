#!/usr/bin/env bash
# Loads a synthetic national data set into a fresh PostgreSQL database, for the national-scale benchmark
# (national-bench.sh): 31 provinces, ~3,000 counties, ~50,000 sites, ~1,000,000 participants, ~10,000,000
# attendance marks, ~2,000,000 feedback responses, over the three years of one national project.
#
#   src-test/bench/national-load.sh [database]          # default database: healthedu_national (dropped, created)
#   SCALE=0.01 src-test/bench/national-load.sh          # every count times SCALE (provinces stay 31)
#   src-test/bench/national-load.sh --upgrade [database]  # only apply pending migrations to a loaded database (e.g.
#                                                         # after a merge), which backfill their own rollups
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; SCALE (1.0); ASOF (today in China:
# sessions after it are planned); BENCH_PASSWORD (Demo@2026, the password of every account it creates, hashed at
# 1,000 iterations so that timing the REST API is not timing the sign-in); MAVEN_REPO (~/.m2/repository, where the
# Flyway and PostgreSQL driver jars are; run `mvn install -DskipTests` once before).
#
# The schema comes from the application's own Flyway migrations (this working tree's ejb/src/main/resources), with
# the configuration of its DatabaseMigrator, so the application can later be started against the database as is.
# The data is made inside PostgreSQL (insert ... select ... generate_series), province by province, with
# session_replication_role = replica: no trigger runs during the load, then the session tallies are recounted,
# reporting_rollup_rebuild() rebuilds the report rollups (if the schema has it), and all foreign keys are checked.
set -euo pipefail

UPGRADE=
if [ "${1:-}" = --upgrade ]; then UPGRADE=1; shift; fi
DB=${1:-healthedu_national}
SCALE=${SCALE:-1.0}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ASOF=${ASOF:-$(TZ=Asia/Shanghai date +%F)}
BENCH_PASSWORD=${BENCH_PASSWORD:-Demo@2026}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SQL=$HERE/national
SCHEMA_FROM=${SCHEMA_FROM:-$ROOT/ejb/src/main/resources}

psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
START=$(date +%s.%N)
STEP_START=$START
elapsed() { printf '%.1f' "$(echo "$(date +%s.%N) - $1" | bc)"; }
step() { echo "[$(date -u +%T)] $*"; STEP_START=$(date +%s.%N); }
done_step() { echo "[$(date -u +%T)]   done in $(elapsed "$STEP_START") s (total $(elapsed "$START") s)"; }

migrate() {
  FLYWAY_VERSION=$(sed -n 's:.*<version.flyway>\(.*\)</version.flyway>.*:\1:p' "$ROOT/pom.xml")
  PG_VERSION=$(sed -n 's:.*<version.postgresql>\(.*\)</version.postgresql>.*:\1:p' "$ROOT/pom.xml")
  CP=$SCHEMA_FROM
  for jar in org/flywaydb/flyway-core/$FLYWAY_VERSION/flyway-core-$FLYWAY_VERSION.jar \
             org/flywaydb/flyway-database-postgresql/$FLYWAY_VERSION/flyway-database-postgresql-$FLYWAY_VERSION.jar \
             org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar; do
    [ -f "$MAVEN_REPO/$jar" ] || { echo "missing $MAVEN_REPO/$jar (run mvn install -DskipTests once)"; exit 1; }
    CP=$CP:$MAVEN_REPO/$jar
  done
  # Flyway's own optional dependencies that it loads when present (text utilities); harmless if absent.
  for jar in "$MAVEN_REPO"/org/apache/commons/commons-text/*/commons-text-*.jar \
             "$MAVEN_REPO"/org/apache/commons/commons-lang3/*/commons-lang3-*.jar; do
    [ -f "$jar" ] && CP=$CP:$jar
  done
  java -cp "$CP" "$ROOT/src-test/src/test/java/org/healthedu/bench/NationalSchema.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-}" 2>&1 | grep -v 'could not find a logging provider'
}

if [ -n "$UPGRADE" ]; then
  step "pending migrations on $DB (from $SCHEMA_FROM)"
  migrate
  psql_q -c "analyze"
  done_step
  exit 0
fi

# Counties per province and cities per province from the scale (at 1.0: 97 and 10, i.e. 3,007 counties, 310 cities).
CPP=$(python3 -c "print(max(1, round(3000 * $SCALE / 31)))")
CITIES=$(python3 -c "print(max(1, min(10, $CPP // 9 if $CPP >= 9 else 1)))")
echo "National data set: database $DB on $PGHOST:$PGPORT, SCALE=$SCALE ($CPP counties and $CITIES cities per" \
     "province), sessions after $ASOF planned"

step "1/7 fresh database and the application's schema (Flyway)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists \"$DB\"" -c "create database \"$DB\""
migrate
done_step

step "2/7 network, accounts, project, curriculum, sites, batches, targets, activities"
PWHASH=$(python3 - "$BENCH_PASSWORD" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac('sha256', sys.argv[1].encode(), salt, 1000, 64)
print('PBKDF2WithHmacSHA256:1000:%s:%s' % (base64.b64encode(salt).decode(), base64.b64encode(key).decode()))
PY
)
psql_q -v cpp="$CPP" -v cities="$CITIES" -v scale="$SCALE" -v pwhash="$PWHASH" -f "$SQL/structure.sql"
psql_q -At -F' ' -c "select 'units', count(*) from organisation_unit" -c "select 'sites', count(*) from site" \
  -c "select 'batches', count(*) from batch" -c "select 'accounts', count(*) from account" | sed 's/^/  /'
done_step

step "3/7 people, enrolments, sessions, attendance, feedback: province by province"
for p in $(seq -w 1 31); do
  t=$(date +%s.%N)
  psql_q -v pcode="NP$p" -v asof="$ASOF" -f "$SQL/province.sql"
  echo "  province NP$p in $(elapsed "$t") s (total $(elapsed "$START") s)"
done
done_step

step "4/7 session tallies (session_tally_recount, batches of 20,000)"
psql_q -f "$SQL/tallies.sql" 2>&1 | sed 's/^psql:[^:]*:[0-9]*: NOTICE: //'
done_step

step "5/7 report rollups"
if [ "$(psql_q -At -c "select to_regproc('reporting_rollup_rebuild') is not null")" = t ]; then
  psql_q -c "set session_replication_role = replica" -c "select reporting_rollup_rebuild()" >/dev/null
  echo "  reporting_rollup_rebuild() done"
else
  echo "  NOTE: this schema has no reporting_rollup_rebuild() (the figures' rollups are not merged yet): nothing rebuilt"
fi
done_step

step "6/7 vacuum and analyze"
psql_q -c "vacuum (analyze)"
done_step

step "7/7 foreign keys (the load ran without their triggers)"
psql_q -f "$SQL/check-foreign-keys.sql" 2>&1 | sed 's/^psql:[^:]*:[0-9]*: NOTICE: //'
done_step

echo "Loaded:"
psql_q -At -F' ' <<'Q' | awk '{ printf "  %-22s %12s\n", $1, $2 }'
select 'provinces', count(*) from organisation_unit where kind = 'PROVINCE';
select 'cities', count(*) from organisation_unit where kind = 'CITY';
select 'counties', count(*) from organisation_unit where kind = 'COUNTY';
select 'sites', count(*) from site;
select 'participants', count(*) from participant;
select 'enrolments', count(*) from enrolment;
select 'sessions', count(*) from training_session;
select 'sessions_held', count(*) from training_session where status = 'HELD';
select 'attendance', count(*) from attendance;
select 'feedback_responses', count(*) from feedback_response;
select 'feedback_answers', count(*) from feedback_answer;
select 'activities', count(*) from activity;
select 'database_size', replace(pg_size_pretty(pg_database_size(current_database())), ' ', '');
Q
echo "National data set loaded into $DB in $(elapsed "$START") s (SCALE=$SCALE)."
