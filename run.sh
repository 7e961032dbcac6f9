#!/usr/bin/env bash
# The labour-brand platform on this machine, without Docker: builds what is missing or out of date, then
# starts PostgreSQL, Kafka, Keycloak, the payment simulator, the six services and the gateway (deploy/launcher) until Ctrl-C.
#   ./run.sh            start (data in .local/data; the first start takes a few minutes, later ones ≈ 40 s)
#   ./run.sh --reset    start on fresh data
#   ./run.sh --help     every option
set -euo pipefail
cd "$(dirname "$0")"
source deploy/bin/find-jdk.sh

launcher=deploy/launcher/target/launcher.jar

modules=$(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml)
stamp=target/.built-by-run-sh

# What a module is built from: a Java module's src/main, the SPA's sources, public files, API documents and lock file.
sources_of() {
    if [[ -f $1/package.json ]]; then
        echo "$1/src $1/public $1/openapi $1/index.html $1/package-lock.json"
    elif [[ -d $1/src/main ]]; then
        echo "$1/src/main"
    fi
}

# A module needs building when it has no jar yet, or when its sources or POM (or the parent POM) changed
# since run.sh last built it. (Maven leaves an unchanged jar alone, so the jar's own time proves nothing.)
stale_modules() {
    local module sources
    for module in $modules; do
        sources=$(sources_of "$module")
        [[ -n $sources ]] || continue # e.g. system-tests: nothing to run
        # shellcheck disable=SC2086 # the sources are separate paths
        if ! compgen -G "$module/target/*.jar" >/dev/null || [[ ! -f $module/$stamp ]] \
            || [[ -n $(find $sources "$module/pom.xml" pom.xml -newer "$module/$stamp" -print -quit) ]]; then
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
    for module in $modules; do
        [[ -d $module/target ]] && touch "$module/$stamp"
    done
else
    echo "▶ every module is built and up to date"
fi

exec "$JAVA_HOME/bin/java" -jar "$launcher" "$@"
