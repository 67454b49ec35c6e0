#!/usr/bin/env bash
# Reruns every benchmark and regenerates benchmarks/results (JSON, summary.md, throughput.png).
# Run from the repository root or anywhere: paths are relative to the repository root.
#   benchmarks/run-all.sh                 full run (about 8 minutes plus the build on 2 cores)
#   benchmarks/run-all.sh --smoke         tiny sizes into benchmarks/target/smoke-results (CI)
#   add --skip-build to reuse benchmarks/target from an earlier "mvn package"
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
build=true
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=true ;;
    --skip-build) build=false ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

if $build; then
  mvn -q -B -pl benchmarks -am -DskipTests package
fi

# The jar, not target/classes: the cold start benchmark's AppCDS runs accept only jars.
cp="benchmarks/target/dynabind-benchmarks.jar:benchmarks/target/lib/*"
jvm=(java)
# From JDK 22 on, DynamoDB Local's native SQLite needs this flag to run without warnings.
if java --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then
  jvm+=(--enable-native-access=ALL-UNNAMED)
fi

if $smoke; then
  out=benchmarks/target/smoke-results
  jmh=(-f 0 -wi 0 -i 1 -r 100ms)
  jvm+=(-Dsmoke)
else
  out=benchmarks/results
  jmh=(-f 2 -wi 3 -i 10 -w 1s -r 500ms -prof gc)
fi
mkdir -p "$out"

# The out-of-process modes compare clients within a few percent, so the JIT must be done before
# the measured passes: at the default thresholds it was still compiling 50-230 ms in most of
# Dynabind's passes after the warm-up (see RemoteBenchmark). A tenth of the thresholds, for
# every client alike.
remote=("${jvm[@]}" -Xmx1g -XX:CompileThresholdScaling=0.1)
echo "== latency model (DynamoDB Local in its own JVM, delay proxy, L = 4, 10, 25 ms)"
"${remote[@]}" -cp "$cp" dev.dynabind.bench.remote.RemoteBenchmark latency "$out/latency.json" \
  | grep -E '^(L=|wrote)'
echo "== client CPU (DynamoDB Local in its own JVM)"
"${remote[@]}" -cp "$cp" dev.dynabind.bench.remote.RemoteBenchmark cpu "$out/remote.json" \
  | grep -E '^(dynabind|enhanced|handwritten|wrote)'
echo "== codec (JMH)"
"${jvm[@]}" -cp "$cp" org.openjdk.jmh.Main CodecBenchmark "${jmh[@]}" \
  -rf json -rff "$out/codec.json" | grep -E '^(Benchmark|CodecBenchmark)'
echo "== cold start"
"${jvm[@]}" -cp "$cp" dev.dynabind.bench.coldstart.ColdStartBenchmark "$out/coldstart.json" | grep -E '^(run|wrote)'
echo "== throughput"
"${jvm[@]}" -Xmx1g -cp "$cp" dev.dynabind.bench.throughput.ThroughputBenchmark "$out/throughput.json" | grep -E '^(dynabind|enhanced|wrote)'
echo "== batch context"
"${jvm[@]}" -cp "$cp" dev.dynabind.bench.context.BatchContextBenchmark "$out/batchcontext.json" | grep -E '^(with|wrote)'
echo "== report"
"${jvm[@]}" -cp "$cp" dev.dynabind.bench.report.PlotThroughput "$out/throughput.json" "$out/throughput.png"
"${jvm[@]}" -cp "$cp" dev.dynabind.bench.report.PlotLatency "$out/latency.json" "$out/latency.png" 25
"${jvm[@]}" -cp "$cp" dev.dynabind.bench.report.Summary "$out"
