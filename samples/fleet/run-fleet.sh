#!/usr/bin/env bash
# A fleet on one PostgreSQL: two 'octollm worker' processes and a submitter share one database.
# Every task is claimed by exactly one worker (FOR UPDATE SKIP LOCKED, under a lease); the script
# prints which worker ran each task and how many each ran.
#
#   mvn -B -q -DskipTests package && samples/fleet/run-fleet.sh [TASKS]
#
# With OCTOLLM_DB set (jdbc:postgresql://host:port/db, plus OCTOLLM_DB_USER / OCTOLLM_DB_PASSWORD)
# the fleet uses that database. Otherwise the script starts a throw-away PostgreSQL from the
# Debian binaries (apt-get install postgresql; PG_BIN overrides /usr/lib/postgresql/<newest>/bin)
# on a free loopback port in a temporary folder, and removes it at the end. As root, the server
# runs as the 'postgres' user (initdb refuses root).
set -euo pipefail

TASKS="${1:-8}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="${OCTOLLM_JAR:-$ROOT/samples/target/octollm.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$JAR" ] || { echo "missing $JAR: run 'mvn -B -q -DskipTests package' first" >&2; exit 2; }

TMP="$(mktemp -d /tmp/octollm-fleet.XXXXXX)"
chmod 755 "$TMP"
PIDS=()
PG_STARTED=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  if [ -n "$PG_STARTED" ]; then as_pg "$PG_BIN/pg_ctl" -D "$TMP/pgdata" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

if [ -z "${OCTOLLM_DB:-}" ]; then
  PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
  [ -x "${PG_BIN:-}/initdb" ] || { echo "no PostgreSQL binaries: apt-get install postgresql, or set OCTOLLM_DB" >&2; exit 2; }
  PORT=""
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
  done
  [ -n "$PORT" ] || { echo "no free port in 55432..55532" >&2; exit 2; }
  mkdir -p "$TMP/pgdata"
  if [ "$(id -u)" = 0 ]; then chown postgres "$TMP/pgdata"; fi
  as_pg "$PG_BIN/initdb" -D "$TMP/pgdata" -U octollm --auth=trust -E UTF8 >"$TMP/initdb.log" 2>&1 \
    || { cat "$TMP/initdb.log" >&2; exit 1; }
  as_pg "$PG_BIN/pg_ctl" -D "$TMP/pgdata" -l "$TMP/pgdata/server.log" -w \
    -o "-p $PORT -k $TMP/pgdata -c listen_addresses=127.0.0.1" start >/dev/null
  PG_STARTED=1
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U octollm octollm
  export OCTOLLM_DB="jdbc:postgresql://127.0.0.1:$PORT/octollm"
  export OCTOLLM_DB_USER=octollm
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $TMP/pgdata)"
fi
echo "database: $OCTOLLM_DB"

# A small workspace the tasks work on.
WS="$TMP/workspace"
mkdir -p "$WS/src"
for i in 1 2 3; do echo "class C$i {}" >"$WS/src/C$i.java"; done
echo "Rate limiting uses a token bucket per tenant." >"$WS/notes.md"

octollm() { (cd "$WS" && "$JAVA" -jar "$JAR" "$@"); }

# The first command applies the schema; the workers then start on a ready database.
octollm tasks --limit 1 >/dev/null

for w in worker-a worker-b; do
  octollm worker --id "$w" --poll-ms 100 --lease 10 >"$TMP/$w.log" 2>&1 &
  PIDS+=("$!")
done
echo "started worker-a and worker-b"

GOALS=("list the files in the workspace" "count the java sources" "search the docs for rate limiting")
for i in $(seq 1 "$TASKS"); do
  id="$(octollm submit --id "fleet-$i" "${GOALS[$(( (i - 1) % ${#GOALS[@]} ))]}")"
  echo "submitted $id"
done

# Wait until every task has finished (at most two minutes).
for _ in $(seq 1 240); do
  done_count="$(octollm tasks --limit 10000 | grep -cE 'completed|failed' || true)"
  [ "$done_count" -ge "$TASKS" ] && break
  sleep 0.5
done

# Stop the workers (SIGTERM: each finishes or releases what it holds, then exits).
for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

echo
echo "who ran what:"
grep -hE '^worker worker-[ab]: fleet-' "$TMP"/worker-*.log | sed 's/^worker /  /' | sort -t- -k3 -n
echo
octollm tasks --limit "$TASKS"
echo
a="$(grep -cE '^worker worker-a: fleet-.* completed' "$TMP/worker-a.log" || true)"
b="$(grep -cE '^worker worker-b: fleet-.* completed' "$TMP/worker-b.log" || true)"
echo "worker-a completed $a task(s), worker-b completed $b task(s), $TASKS submitted"
[ $((a + b)) -eq "$TASKS" ] || { echo "not every task completed exactly once" >&2; exit 1; }
