#!/usr/bin/env bash
# Soak: 10 minutes of mixed load at a fixed rate against a running server (see the README's "Soak" section).
# Needs curl, python3, psql, a JDK (java runs Soak.java as a source file) and jcmd for the heap. Not part of the build.
#
#   HTTP_PORT=8987 EMBEDDED_DB_PORT=15799 HEALTHEDU_FEEDBACK_IP_LIMIT=100000000 HEALTHEDU_FEEDBACK_LINK_LIMIT=100000000 \
#     HEALTHEDU_CHECKIN_IP_LIMIT=100000000 mvn -Prun package     # in one terminal
#   BASE=http://127.0.0.1:8987 PGPORT=15799 src-test/bench/soak.sh   # in another
#
# Settings (environment): BASE, PGHOST/PGPORT/PGUSER/PGDATABASE of the server's database (the run command's embedded
# one by default), RATE (10 operations per second), DURATION_SECONDS (600), SERVER_PID (found from the HTTP port if unset).
# It adds one session to the demo's parents' batch that started five minutes ago (its check-in and feedback are
# open) and then runs, in a fixed cycle of seven operations: a trainer's roll call (read, then one mark changed with
# the version read: two requests), a public feedback submission (twice), the public check-in's code step (twice),
# a coordinator's figures of the project for Wuxi, and a coordinator's report list. It prints the statuses, the
# error count, p50/p99 latency per kind and the server's heap after a full GC at the start, every minute and the end.
set -euo pipefail
cd "$(dirname "$0")"
export BASE=${BASE:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
export RATE=${RATE:-10} DURATION_SECONDS=${DURATION_SECONDS:-600}
export TRAINER=${TRAINER:-baodong.trainer:Demo@2026} COORDINATOR=${COORDINATOR:-wuxi.coord:Demo@2026}

# Cheap sign-ins, as the ITs' FastLogins and the national bench do: the API checks Basic credentials on every request,
# and at the application's 210,000 PBKDF2 iterations that alone is about 0.3 s of a core per request. The two soak
# accounts get a 1,000-iteration hash of the same password (same format, read by the same identity store), so the
# soak measures the application rather than the password hash. FAST_LOGINS=false keeps the full cost.
if [ "${FAST_LOGINS:-true}" = true ]; then
  for account in "$TRAINER" "$COORDINATOR"; do
    hash=$(python3 -c 'import base64, hashlib, os, sys
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha512", sys.argv[1].encode(), salt, 1000, 64)
print("PBKDF2WithHmacSHA512:1000:" + base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())' "${account#*:}")
    psql -qtAX -c "update account set password_hash = '$hash' where username = '${account%%:*}'" >/dev/null
  done
fi

export SESSION=$(psql -qtAX -c "
  insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, room_key, starts_at,
                                ends_at, lead_trainer_id, status, override_reason, created_by)
  select nextval('training_session_seq'), project_id, batch_id, project_site_id, lesson_id, null, null,
         now() - interval '5 minutes', now() + interval '2 hours', lead_trainer_id, 'PLANNED', 'soak', created_by
    from training_session where status = 'HELD' order by starts_at desc limit 1
  returning id")
export PROJECT=$(psql -qtAX -c "select project_id from training_session where id = $SESSION")
export UNIT=$(psql -qtAX -c "select u.id from organisation_unit u join account a on a.unit_id = u.id
  where a.username = '${COORDINATOR%%:*}'")
echo "session $SESSION, figures of project $PROJECT for unit $UNIT"
url=$(curl -sf -u "$TRAINER" "$BASE/api/v1/sessions/$SESSION/feedback-link" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
export FEEDBACK_TOKEN=${url##*s=}
export CHECKIN_CODE=$(curl -sf -u "$TRAINER" "$BASE/api/v1/sessions/$SESSION/checkin" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
export FEEDBACK_ANSWERS=$(curl -sf "$BASE/api/v1/feedback/$FEEDBACK_TOKEN" | python3 -c '
import json, sys
form = json.load(sys.stdin)["form"]
answers = []
for s in form["sections"]:
    for q in s["questions"]:
        a = {"questionId": q["id"]}
        k = q["kind"]
        if k == "LIKERT5": a["number"] = 4
        elif k == "RATING10": a["number"] = 8
        elif k == "SINGLE_CHOICE": a["choiceIds"] = [q["choices"][0]["id"]]
        elif k == "MULTIPLE_CHOICE": a["choiceIds"] = [c["id"] for c in q["choices"][:2]]
        else: a["text"] = "希望多讲一些案例，时间再长一点。"
        answers.append(a)
print(json.dumps(answers, ensure_ascii=False))')
if [ -z "${SERVER_PID:-}" ]; then
  port=${BASE##*:}; port=${port%%/*}
  SERVER_PID=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
fi
export SERVER_PID
echo "server pid $SERVER_PID, rate $RATE/s for $DURATION_SECONDS s"
exec java Soak.java
