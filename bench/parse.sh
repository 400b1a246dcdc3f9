#!/bin/sh
# Parse benchmark: throughput on the shared corpus and heap for a 25 MB attachment.
# Usage: bench/parse.sh [corpus-dir] [rounds]; runs offline against the local Maven repository.
set -e
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus}"
ROUNDS="${2:-5}"
MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}" mvn -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=ch.postdesk.bench.ParseBenchmark \
  -Dexec.args="$CORPUS $ROUNDS"
