#!/usr/bin/env bash
# Builds the project and runs every JMH benchmark in benchmarks/target/benchmarks.jar with settings
# that fit a 2-core machine in under 15 minutes, writes JMH's JSON result file and prints the
# engine-vs-baseline summary.
#
#   benchmarks/run-all.sh                 build, run everything, summarise
#   benchmarks/run-all.sh 'EngineVs'      only benchmarks matching a JMH regex
#
# Environment:
#   SKIP_BUILD=1     use the jar that is already built
#   BUDGET_S=690     seconds the benchmark runs may take in all (the build comes on top)
#   JMH_ARGS='...'   extra JMH options, appended last so they override the computed ones
#                    (e.g. JMH_ARGS='-wi 3 -w 3s -i 5 -r 3s' for the longer, steadier settings)
#
# Output: benchmarks/target/jmh-result.json (JMH JSON), benchmarks/target/jmh-result.txt (log).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
json="$here/target/jmh-result.json"
log="$here/target/jmh-result.txt"
budget="${BUDGET_S:-690}"
warmups=2
measurements=3
# Per benchmark run, besides its iterations: forking a JVM, trial set-up and tear-down.
per_run_overhead_s=3

start=$(date +%s)
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building (mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package)"
  (cd "$root" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package)
  echo
fi
if [[ ! -f "$jar" ]]; then
  echo "no $jar: build first (unset SKIP_BUILD)" >&2
  exit 2
fi

# Count benchmark runs (one per method and mode, times each combination of @Param values), then
# size the iterations so that all of them fit the budget: between 1 s and 3 s per iteration.
runs=$(java -jar "$jar" -lp "$@" | awk '
  function flush() { if (name != "") total += combos; name = "" }
  /^Benchmarks:/ { next }
  /^  param / { n = split($0, parts, ","); combos *= n; next }
  /^[^ ]/ { flush(); name = $0; combos = 1; next }
  END { flush(); print total + 0 }')
if [[ "$runs" -eq 0 ]]; then
  echo "no benchmark matches: $*" >&2
  exit 2
fi
iter_ms=$(( (budget * 1000 / runs - per_run_overhead_s * 1000) / (warmups + measurements) ))
(( iter_ms > 3000 )) && iter_ms=3000
(( iter_ms < 1000 )) && iter_ms=1000
estimate=$(( runs * ((warmups + measurements) * iter_ms / 1000 + per_run_overhead_s) ))
echo "== $runs benchmark runs, -wi $warmups -i $measurements at ${iter_ms} ms per iteration:" \
     "about $((estimate / 60)) min $((estimate % 60)) s"

mkdir -p "$here/target"
# shellcheck disable=SC2086 # JMH_ARGS is a list of options on purpose
java -jar "$jar" "$@" -f 1 -wi "$warmups" -w "${iter_ms}ms" -i "$measurements" -r "${iter_ms}ms" \
  -rf json -rff "$json" ${JMH_ARGS:-} 2>&1 | tee "$log"

echo
java -cp "$jar" io.octollm.benchmarks.engine.Summary "$json"
end=$(date +%s)
echo "== total $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s; results in $json"
