#!/usr/bin/env bash
# The roster's performance figures (issue 9), measured side by side in one run and printed as ratios:
# import of 100,000 rows against a raw COPY of the same rows, 1,000,000 rows with the service's heap capped at
# 256 MB, and the duplicate check of 10,000 workers against 1,000,000. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/bin/find-jdk.sh
./mvnw -B -q -o -pl application-service verify -Dexec.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=RosterBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbenchmark.jvm="-Xmx256m -XX:TieredStopAtLevel=4" -Dintegration-test.timeout=1800s
grep -h "\[roster benchmark\]" application-service/target/failsafe-reports/*RosterBenchmark-output.txt
