#!/usr/bin/env bash
# The gateway's cost (issue 13), measured side by side in one run against a running stack: the same endpoint
# direct to the service that owns it and through the gateway, anonymous (GET /api/public/notices on
# review-workflow-service) and with a district reviewer's token from Keycloak (GET /api/reviews/cases). Prints
# throughput at CONNECTIONS connections and the ratio gateway/direct (target ≥ 0.85), and the p50 latency at one
# connection and what the gateway adds to it (target ≤ 2 ms). Needs wrk (apt install wrk) and curl.
#
# The gateway's rate limit (100 burst, 50/s per client) would answer most of a benchmark's calls with 429, so
# start the stack with it raised for the run (the defaults stay as they are):
#   GATEWAY_RATE_LIMIT_CAPACITY=1000000000 GATEWAY_RATE_LIMIT_REFILL_TOKENS=1000000000 ./run.sh
#   benchmarks/gateway.sh
# The last column is the CPU time the gateway and the service each spent per call through the gateway (from /proc,
# over the gateway's throughput rounds): on a shared machine it moves less with the neighbours' load than requests/s do.
# GATEWAY, SERVICE (review-workflow-service), KEYCLOAK, REVIEWER, PASSWORD, THREADS, CONNECTIONS, DURATION (per
# measurement), WARMUP (per endpoint and side: the gateway's C2 compiles its hot paths in the first 20–30 s) and ROUNDS (direct and gateway measured alternately, averaged) override the defaults.
set -euo pipefail

GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
SERVICE=${SERVICE:-http://127.0.0.1:8083}
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:8180}
# the demo realm's test client: the browser's spa client has no password grant
CLIENT_ID=${CLIENT_ID:-demo-test-cli}
REVIEWER=${REVIEWER:-reviewer-ganjingzi}
PASSWORD=${PASSWORD:-Demo@2022-Dalian}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30s}
ROUNDS=${ROUNDS:-2}

command -v wrk >/dev/null || { echo "wrk is missing: apt install wrk" >&2; exit 1; }

token() {
    curl -sf "$KEYCLOAK/realms/laborbrand/protocol/openid-connect/token" \
        -d grant_type=password -d "client_id=$CLIENT_ID" -d "username=$REVIEWER" -d "password=$PASSWORD" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# wrk [options] url [token]: wrk's report; stops the benchmark when any answer was not 2xx (a 429 is the rate limit)
run_wrk() {
    local url=${*: -2:1} bearer=${*: -1} report
    set -- "${@:1:$#-2}"
    report=$(wrk "$@" ${bearer:+-H "Authorization: Bearer $bearer"} "$url")
    if grep -q "Non-2xx" <<<"$report"; then
        echo "$url: $(grep "Non-2xx" <<<"$report" | xargs) — is the stack running with the rate limit raised (see the top of $0)?" >&2
        exit 1
    fi
    echo "$report"
}

requests_per_second() { awk '/^Requests\/sec:/ { print $2 }'; }

requests() { awk '/requests in/ { print $1 }'; }

# the process listening on a URL's port (ss from iproute2), for its CPU time
listener_pid() {
    local port=${1##*:}
    port=${port%%/*}
    ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# CPU time (user + system) of a process in clock ticks, 0 when unknown
cpu_ticks() { if [[ -n $1 && -r /proc/$1/stat ]]; then awk '{ print $14 + $15 }' "/proc/$1/stat"; else echo 0; fi; }

# the 50% line of wrk's latency distribution, in milliseconds (wrk writes us, ms, s or m)
p50_ms() {
    awk '$1 == "50%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
        print v * (u == "us" ? 0.001 : u == "ms" ? 1 : u == "s" ? 1000 : 60000) }'
}

mean() { awk '{ s += $1; n++ } END { printf "%.2f", s / n }'; }

# measure label path [token]: one line of the table
measure() {
    local label=$1 path=$2 bearer=${3:-} round direct_rps=() gateway_rps=() direct_p50=() gateway_p50=()
    for base in "$SERVICE" "$GATEWAY"; do
        curl -sf -o /dev/null ${bearer:+-H "Authorization: Bearer $bearer"} "$base$path" \
            || { echo "$base$path does not answer 2xx: is the stack up?" >&2; exit 1; }
        run_wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base$path" "$bearer" >/dev/null
    done
    local gateway_pid service_pid gateway_ticks=0 service_ticks=0 calls=0 report before_gateway before_service
    gateway_pid=$(listener_pid "$GATEWAY")
    service_pid=$(listener_pid "$SERVICE")
    for round in $(seq "$ROUNDS"); do
        direct_rps+=("$(run_wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$SERVICE$path" "$bearer" | requests_per_second)")
        before_gateway=$(cpu_ticks "$gateway_pid")
        before_service=$(cpu_ticks "$service_pid")
        report=$(run_wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$GATEWAY$path" "$bearer")
        gateway_ticks=$((gateway_ticks + $(cpu_ticks "$gateway_pid") - before_gateway))
        service_ticks=$((service_ticks + $(cpu_ticks "$service_pid") - before_service))
        calls=$((calls + $(requests <<<"$report")))
        gateway_rps+=("$(requests_per_second <<<"$report")")
        direct_p50+=("$(run_wrk -t1 -c1 -d"$DURATION" --latency "$SERVICE$path" "$bearer" | p50_ms)")
        gateway_p50+=("$(run_wrk -t1 -c1 -d"$DURATION" --latency "$GATEWAY$path" "$bearer" | p50_ms)")
    done
    local d g dp gp
    d=$(printf '%s\n' "${direct_rps[@]}" | mean)
    g=$(printf '%s\n' "${gateway_rps[@]}" | mean)
    dp=$(printf '%s\n' "${direct_p50[@]}" | mean)
    gp=$(printf '%s\n' "${gateway_p50[@]}" | mean)
    awk -v label="$label" -v d="$d" -v g="$g" -v dp="$dp" -v gp="$gp" -v rounds="${direct_rps[*]} | ${gateway_rps[*]}" \
        -v gt="$gateway_ticks" -v st="$service_ticks" -v calls="$calls" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        ratio = g / d; added = gp - dp
        cpu = (gt > 0 && st > 0) ? sprintf("%.2f / %.2f", gt * 1000 / hz / calls, st * 1000 / hz / calls) : "-"
        printf "%-34s %10.0f %10.0f %7.2f %-4s %8.2f %8.2f %8.2f %-4s %13s  (req/s per round, direct | gateway: %s)\n",
            label, d, g, ratio, (ratio >= 0.85 ? "ok" : "LOW"), dp, gp, added, (added <= 2 ? "ok" : "HIGH"), cpu, rounds }'
}

echo "gateway $GATEWAY against review-workflow-service $SERVICE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION for throughput, -t1 -c1 for p50; $ROUNDS rounds"
printf '%-34s %10s %10s %12s %8s %8s %13s %13s\n' "endpoint" "direct/s" "gateway/s" "ratio≥0.85" "p50 dir" "p50 gw" "added≤2ms" "CPU ms gw/svc"
measure "GET /api/public/notices" /api/public/notices
measure "GET /api/reviews/cases (reviewer)" /api/reviews/cases "$(token)"
