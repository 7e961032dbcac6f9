#!/usr/bin/env bash
# Every test of every module, the system tests (the whole stack, started like ./run.sh) included.
# Extra arguments go to Maven, e.g. ./test.sh -pl deploy/launcher
set -euo pipefail
cd "$(dirname "$0")"
source deploy/bin/find-jdk.sh

echo "▶ ./mvnw -B verify $* (Java: $JAVA_HOME)"
exec ./mvnw -B verify "$@"
