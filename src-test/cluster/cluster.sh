#!/usr/bin/env bash
# A HealthEdu cluster on one machine: NODES WildFly servers of the HA build (ear/target/server-ha: Infinispan-
# distributed web sessions over JGroups on TCP with a static member list) behind HAProxy, on one PostgreSQL.
#
#   src-test/cluster/cluster.sh start      start the nodes and the balancer; returns when all answer
#   src-test/cluster/cluster.sh status     which nodes and balancer run, and the cluster view
#   src-test/cluster/cluster.sh kill N     kill -9 node N (a crash: no goodbye to the cluster)
#   src-test/cluster/cluster.sh stop       stop the balancer and every node
#
# Needs: mvn install -DskipTests (builds ear/target/server-ha), Debian's haproxy, and a PostgreSQL named by
# DB_URL, DB_USER and DB_PASSWORD (the same variables as the run command).
# Optional: NODES (2), PORT_OFFSET (600: node i listens on 8080+PORT_OFFSET+100*(i-1), e.g. 8680 and 8780), LB_PORT
# (8880), CLUSTER_DIR (.run/cluster), NODE_HEAP (768m), NODE_OPTS (system properties for every node, e.g.
# -Dhealthedu.job.retention.schedule="*/5 *"), and any HEALTHEDU_* variable (HEALTHEDU_DEMO_DATA=true loads the demo).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SERVER="${SERVER_HOME:-$ROOT/ear/target/server-ha}"
NODES="${NODES:-2}"
PORT_OFFSET="${PORT_OFFSET:-600}"
LB_PORT="${LB_PORT:-8880}"
CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/.run/cluster}"
HAPROXY="${HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}"
WAIT_SECONDS="${WAIT_SECONDS:-300}"

offset() { echo $((PORT_OFFSET + 100 * ($1 - 1))); }
http_port() { echo $((8080 + $(offset "$1"))); }
node_pid() { cat "$CLUSTER_DIR/node$1/server.pid" 2>/dev/null || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

members() {
  local list="" i
  for i in $(seq 1 "$NODES"); do
    list="${list:+$list,}127.0.0.1[$((7600 + $(offset "$i")))]"
  done
  echo "$list"
}

start_node() {
  local i=$1 base="$CLUSTER_DIR/node$1"
  rm -rf "$base"
  cp -r "$SERVER/standalone" "$base"
  rm -rf "$base/log" "$base/tmp" "$base/data/tx-object-store"
  mkdir -p "$base/log"
  # JBOSS_PIDFILE: standalone.sh writes the JVM's own pid there (what kill -9 must hit).
  JBOSS_PIDFILE="$base/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_HOME="$SERVER" \
    JAVA_OPTS="-Xms128m -Xmx${NODE_HEAP:-768m} -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
    nohup "$SERVER/bin/standalone.sh" \
      -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$(offset "$i")" \
      -Djboss.node.name="node$i" \
      -Djboss.tx.node.id="healthedu-$i" \
      -Djboss.cluster.members="$(members)" \
      -Djboss.bind.address.private=127.0.0.1 \
      ${NODE_OPTS:-} >"$base/log/console.log" 2>&1 &
  echo "node$i: starting on http://127.0.0.1:$(http_port "$i")/ (log $base/log/server.log)"
}

wait_for() {
  local url=$1 name=$2 pid=${3:-} deadline=$((SECONDS + WAIT_SECONDS)) code
  while [ $SECONDS -lt $deadline ]; do
    if [ -n "$pid" ] && ! alive "$(cat "$pid" 2>/dev/null || true)" && [ $SECONDS -gt 5 ]; then
      echo "$name: its server stopped (see its log)" >&2
      return 1
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    if [ "$code" = "200" ]; then
      echo "$name: up"
      return 0
    fi
    sleep 1
  done
  echo "$name: did not answer $url within ${WAIT_SECONDS}s" >&2
  return 1
}

write_haproxy_cfg() {
  local cfg="$CLUSTER_DIR/haproxy.cfg" i
  cat >"$cfg" <<CFG
# Written by cluster.sh. Health: /api/v1/health (200 only while the node's database answers; it opens no session).
# Round robin for new visitors; then a cookie keeps a browser on its node (its session's
# primary copy). When that node fails its checks or refuses a connection, the request goes to another node,
# which reads the session's copy from Infinispan: nobody signs in again.
global
    maxconn 4000
defaults
    mode http
    option forwardfor
    option redispatch
    retries 3
    timeout connect 2s
    timeout client 120s
    timeout server 120s
frontend healthedu
    bind 127.0.0.1:$LB_PORT
    http-request set-header X-Forwarded-Proto http
    default_backend nodes
backend nodes
    balance roundrobin
    cookie HEALTHEDU_NODE insert indirect nocache httponly
    option httpchk GET /api/v1/health
    http-check expect status 200
CFG
  for i in $(seq 1 "$NODES"); do
    echo "    server node$i 127.0.0.1:$(http_port "$i") check inter 1s fall 2 rise 2 cookie node$i" >>"$cfg"
  done
  echo "$cfg"
}

case "${1:-}" in
  start)
    [ -x "$SERVER/bin/standalone.sh" ] || { echo "no HA server at $SERVER: run mvn install -DskipTests" >&2; exit 1; }
    [ -x "$HAPROXY" ] || { echo "haproxy is not installed (apt-get install haproxy)" >&2; exit 1; }
    [ -n "${DB_URL:-}" ] || { echo "set DB_URL, DB_USER and DB_PASSWORD to the cluster's PostgreSQL" >&2; exit 1; }
    mkdir -p "$CLUSTER_DIR"
    for i in $(seq 1 "$NODES"); do start_node "$i"; done
    for i in $(seq 1 "$NODES"); do
      wait_for "http://127.0.0.1:$(http_port "$i")/api/v1/health" "node$i" "$CLUSTER_DIR/node$i/server.pid"
    done
    cfg=$(write_haproxy_cfg)
    "$HAPROXY" -c -q -f "$cfg"
    "$HAPROXY" -D -f "$cfg" -p "$CLUSTER_DIR/haproxy.pid"
    wait_for "http://127.0.0.1:$LB_PORT/api/v1/health" "balancer"
    echo "HealthEdu cluster of $NODES nodes: http://127.0.0.1:$LB_PORT/"
    ;;
  kill)
    n=${2:?which node}
    pid=$(node_pid "$n")
    alive "$pid" || { echo "node$n is not running" >&2; exit 1; }
    kill -9 "$pid"
    echo "node$n (pid $pid) killed"
    ;;
  status)
    for i in $(seq 1 "$NODES"); do
      pid=$(node_pid "$i")
      if alive "$pid"; then echo "node$i: running (pid $pid, http $(http_port "$i"))"; else echo "node$i: down"; fi
    done
    pid=$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null || true)
    if alive "$pid"; then echo "balancer: running (pid $pid, http $LB_PORT)"; else echo "balancer: down"; fi
    grep -h "ISPN000094\|new cluster view" "$CLUSTER_DIR"/node*/log/server.log 2>/dev/null | tail -2 || true
    ;;
  stop)
    pid=$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null || true)
    if alive "$pid"; then kill "$pid"; fi
    for i in $(seq 1 "$NODES"); do
      pid=$(node_pid "$i")
      if alive "$pid"; then kill "$pid"; fi
    done
    for i in $(seq 1 "$NODES"); do
      pid=$(node_pid "$i")
      for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
      if alive "$pid"; then kill -9 "$pid"; fi
    done
    echo "stopped"
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
