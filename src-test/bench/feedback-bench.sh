#!/usr/bin/env bash
# Load test of the public feedback submission against a running server (see the README's performance section).
# Needs wrk (Debian: apt-get install wrk), curl, python3 and psql. Not part of the build or of CI.
#
#   HEALTHEDU_FEEDBACK_IP_LIMIT=100000000 HEALTHEDU_FEEDBACK_LINK_LIMIT=100000000 mvn -Prun package   # elsewhere
#   src-test/bench/feedback-bench.sh
#
# Settings (environment): BASE (http://127.0.0.1:8080), PGHOST/PGPORT/PGUSER/PGDATABASE of the server's database
# (127.0.0.1/15432/postgres/postgres: the run command's embedded one), THREADS (2), CONNECTIONS (8), DURATION (20s).
# It adds one session to the demo's second parents' batch, started an hour ago (so its form is open), and posts
# responses to it; each request has its own submission key and device cookie, so each stores a response.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-20s}

session=$(psql -qtAX -c "
  insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, room_key, starts_at,
                                ends_at, lead_trainer_id, status, override_reason, created_by)
  select nextval('training_session_seq'), project_id, batch_id, project_site_id, lesson_id, null, null,
         now() - interval '1 hour', now() + interval '1 hour', lead_trainer_id, 'PLANNED', 'load test', created_by
    from training_session where status = 'HELD' order by starts_at desc limit 1
  returning id")
echo "session $session"
url=$(curl -sf -u 'baodong.trainer:Demo@2026' "$BASE/api/v1/sessions/$session/feedback-link" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
export FEEDBACK_TOKEN=${url##*s=}
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

echo "== static resource (the machine's ceiling)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  "$BASE/jakarta.faces.resource/css/app.css.xhtml"
echo "== public form read (GET feedback/{token})"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: healthedu_fd=$(head -c 32 /dev/urandom \
  | base64 | tr '+/' '-_' | tr -d '=\n' | head -c 43)" "$BASE/api/v1/feedback/$FEEDBACK_TOKEN"
echo "== submissions (POST feedback/{token}/responses)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s feedback-submit.lua "$BASE"
psql -qtAX -c "select count(*) || ' responses, ' || (select count(*) from feedback_answer a join feedback_response r
  on r.id = a.response_id where r.session_id = $session) || ' answers stored for session $session'
  from feedback_response where session_id = $session"
