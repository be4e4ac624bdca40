#!/usr/bin/env bash
# Two nodes vs one for the read-heavy attendance dashboard, at fixed offered loads, on a cluster started with
# cluster.sh (same settings: PORT_OFFSET, LB_PORT). For each rate in RATES it offers DURATION_SECONDS of load to node1
# alone, then the same to the balancer (both nodes), and prints one line each (completed per second, errors, p50/p95/
# p99). A coordinator's dashboards of the demo's parents' project, for Wuxi and for each of its sites in turn.
#
#   DB_URL=... src-test/cluster/cluster.sh start
#   PGHOST=127.0.0.1 PGPORT=5432 PGDATABASE=... src-test/cluster/throughput.sh
#
# Needs psql (to find the project and give the coordinator a cheap hash, as the soak does: at 210,000 PBKDF2
# iterations the Basic sign-in of every API request would be most of the work) and a JDK. Not part of the build.
set -euo pipefail
cd "$(dirname "$0")"
PORT_OFFSET=${PORT_OFFSET:-600} LB_PORT=${LB_PORT:-8880}
RATES=${RATES:-"20 40 80"} DURATION_SECONDS=${DURATION_SECONDS:-45}
export PGUSER=${PGUSER:-postgres}

hash=$(python3 -c 'import base64, hashlib, os
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha512", b"Demo@2026", salt, 1000, 64)
print("PBKDF2WithHmacSHA512:1000:" + base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())')
psql -qtAX -c "update account set password_hash = '$hash' where username = 'wuxi.coord'" >/dev/null
project=$(psql -qtAX -c "select id from project where code = 'WX-2026-PARENT'")
paths="api/v1/projects/$project/attendance-dashboard"
for site in $(psql -qtAX -c "select id from project_site where project_id = $project order by id"); do
  paths="$paths,api/v1/projects/$project/attendance-dashboard?projectSiteId=$site"
done
export PATHS=$paths USER_PASSWORD=wuxi.coord:Demo@2026 DURATION_SECONDS

# Warm both nodes (JIT, pools) before measuring.
BASE=http://127.0.0.1:$((8080 + PORT_OFFSET))/ RATE=10 DURATION_SECONDS=20 LABEL=warm-node1 java Throughput.java >/dev/null
BASE=http://127.0.0.1:$((8180 + PORT_OFFSET))/ RATE=10 DURATION_SECONDS=20 LABEL=warm-node2 java Throughput.java >/dev/null
echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for rate in $RATES; do
  BASE=http://127.0.0.1:$((8080 + PORT_OFFSET))/ RATE=$rate LABEL="one node" java Throughput.java
  BASE=http://127.0.0.1:$LB_PORT/ RATE=$rate LABEL="two nodes" java Throughput.java
done
