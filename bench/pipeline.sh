#!/usr/bin/env bash
# Pipeline benchmark: N generated mails through IMAP, MariaDB and SMTP (embedded servers).
# Usage: bench/pipeline.sh [mails]   (default 1000). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=ch.postdesk.bench.PipelineBenchmark -Dexec.args="${1:-1000}"
