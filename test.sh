#!/usr/bin/env bash
# Every test of every module, the system tests (the whole stack, started like ./run.sh) included: first the unit
# tests of all modules (rules, structure, contracts: a minute or two, so that a broken rule fails fast), then the
# integration and system tests against real PostgreSQL, Kafka and Keycloak, the browser tests of the SPA among them
# (Debian's headless Chromium, installed here when missing).
# Extra arguments go to Maven, e.g. ./test.sh -pl deploy/launcher
set -euo pipefail
cd "$(dirname "$0")"
source deploy/bin/find-jdk.sh
deploy/bin/ensure-browser.sh

echo "▶ unit tests: ./mvnw -B test $* (Java: $JAVA_HOME)"
./mvnw -B test "$@"
echo "▶ integration and system tests: ./mvnw -B verify -DskipUnitTests $*"
exec ./mvnw -B verify -DskipUnitTests "$@"
