#!/usr/bin/env bash
# The labour-brand platform on this machine, without Docker: builds what is missing or out of date, then
# starts PostgreSQL, Kafka, Keycloak, the six services and the gateway (deploy/launcher) until Ctrl-C.
#   ./run.sh            start (data in .local/data; the first start takes a few minutes, later ones ≈ 40 s)
#   ./run.sh --reset    start on fresh data
#   ./run.sh --help     every option
set -euo pipefail
cd "$(dirname "$0")"
source deploy/bin/find-jdk.sh

launcher=deploy/launcher/target/launcher.jar

# A module needs building when it has no jar yet, or when its sources or POM (or the parent POM) changed
# after its oldest jar was written.
stale_modules() {
    local module jar
    for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
        [[ -d $module/src/main ]] || continue # e.g. system-tests: nothing to run
        jar=$(ls -tr "$module"/target/*.jar 2>/dev/null | head -n 1 || true)
        if [[ -z $jar ]] || [[ -n $(find "$module/src/main" "$module/pom.xml" pom.xml -newer "$jar" -print -quit) ]]; then
            echo "$module"
        fi
    done
}

if [[ " $* " == *" --help "* || " $* " == *" -h "* ]] && [[ -f $launcher ]]; then
    exec "$JAVA_HOME/bin/java" -jar "$launcher" --help
fi

stale=$(stale_modules)
if [[ -n $stale ]]; then
    echo "▶ building, because these changed since their last build or were never built: $(echo $stale)"
    echo "  ./mvnw -B -q -DskipTests package   (Java: $JAVA_HOME; the first build downloads dependencies and takes a few minutes)"
    ./mvnw -B -q -DskipTests package
else
    echo "▶ every module is built and up to date"
fi

exec "$JAVA_HOME/bin/java" -jar "$launcher" "$@"
