# shellcheck shell=bash
# Finds a JDK 21 or newer and exports JAVA_HOME (and puts its bin/ first on PATH).
# Source it:  source deploy/bin/find-jdk.sh
#
# A JAVA_HOME that already points at a JDK >= 21 is kept: it is a deliberate choice. Otherwise the newest
# suitable JDK among `java` on the PATH, /usr/lib/jvm/*, /opt/java/* and /opt/jdk* is taken. Without one,
# it says what to install and fails (return 1 when sourced, exit 1 when run).

LABORBRAND_MIN_JAVA=21

# The feature version (17, 21, 25, …) of the JDK at $1, or nothing if $1 is not a JDK.
laborbrand_jdk_version() {
    local home=$1 spec
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
    spec=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    spec=${spec#1.} # Java 8 says 1.8
    [[ $spec =~ ^[0-9]+$ ]] && echo "$spec"
}

laborbrand_find_jdk() {
    local candidate version best="" best_version=0 seen="" seen_homes=""
    if [[ -n "${JAVA_HOME:-}" ]]; then
        version=$(laborbrand_jdk_version "$JAVA_HOME")
        if [[ -n $version && $version -ge $LABORBRAND_MIN_JAVA ]]; then
            export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
        if [[ -n $version ]]; then
            seen+="  JAVA_HOME=$JAVA_HOME (Java $version)"$'\n'
        else
            seen+="  JAVA_HOME=$JAVA_HOME (no JDK there)"$'\n'
        fi
    fi
    local -a candidates=()
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        [[ -d $candidate && ! -L $candidate ]] && candidates+=("$candidate")
    done
    for candidate in "${candidates[@]}"; do
        candidate=$(readlink -f "$candidate")
        [[ " $seen_homes " == *" $candidate "* ]] && continue
        seen_homes+=" $candidate"
        version=$(laborbrand_jdk_version "$candidate")
        [[ -n $version ]] || continue
        if [[ $version -ge $LABORBRAND_MIN_JAVA && $version -gt $best_version ]]; then
            best=$candidate
            best_version=$version
        elif [[ $version -lt $LABORBRAND_MIN_JAVA ]]; then
            seen+="  $candidate (Java $version)"$'\n'
        fi
    done
    if [[ -n $best ]]; then
        export JAVA_HOME=$best PATH="$best/bin:$PATH"
        return 0
    fi
    cat >&2 <<MESSAGE
✗ No JDK $LABORBRAND_MIN_JAVA or newer found (looked at \$JAVA_HOME, java on the PATH, /usr/lib/jvm, /opt/java, /opt/jdk*).
${seen:+Found only:
$seen}The labour-brand platform builds and runs on Java $LABORBRAND_MIN_JAVA or newer. Install a JDK, for example:
  Debian 13 / Ubuntu 24.04:   sudo apt install openjdk-21-jdk
  Debian 12 and others:       Eclipse Temurin 21 or 25 (https://adoptium.net/installation/linux/: apt install temurin-21-jdk)
  any Linux, no root:         unpack a JDK from https://adoptium.net and export JAVA_HOME=/path/to/jdk
then run this again (or point JAVA_HOME at the JDK).
MESSAGE
    return 1
}

if ! laborbrand_find_jdk; then
    # shellcheck disable=SC2317 # exit is reached when the file is run instead of sourced
    return 1 2>/dev/null || exit 1
fi
