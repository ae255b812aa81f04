#!/usr/bin/env bash
# Builds the benchmark modules and what they need, runs every benchmark (each side in its own JVM)
# and prints one table: metric, ours, peer/limit, ratio, target, met?
#
#   benchmarks/run.sh            # the real run (about 6 min on 2 idle cores)
#   benchmarks/run.sh --quick    # tiny settings: checks the plumbing, numbers mean nothing
#   benchmarks/run.sh --only request,footprint   # some steps: request roundtrip coldstart scale
#                                                # footprint processor events
#
# The table also lands in benchmarks/target/run/results.md. Never run in CI (.ci/run runs
# `mvn -B verify`, where each benchmark's smoke test runs it once with tiny settings).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

echo "Building the benchmark modules..."
mvn -B -q -pl benchmarks/harness,benchmarks/ours,benchmarks/openai-peer,benchmarks/processor-scale \
  -am package -DskipTests

exec java -cp "$here/harness/target/classes" dev.realtimeprofiles.benchmarks.harness.RunAll "$here" "$@"
