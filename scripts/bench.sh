#!/usr/bin/env bash
# Throughput benchmark: scripts/bench.sh DIR [ROUNDS]  (DIR: a folder of .txt documents,
# e.g. the corpus of ../shared/corpus unpacked into /tmp). Single-threaded; see CorpusBench.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" io.github.vietdoc.bench.CorpusBench "$@"
