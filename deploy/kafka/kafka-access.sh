#!/usr/bin/env bash
# Compose's Kafka users and ACLs, from topic-access.txt beside this script (the launcher's KafkaBroker does the same
# through the Admin API). Runs in the apache/kafka image, as the super user 'admin' (PLAIN, password in
# LABORBRAND_KAFKA_ADMIN_PASSWORD):
#   kafka-access.sh grant    every service's SCRAM-SHA-512 user (password in <SERVICE>_KAFKA_PASSWORD, e.g.
#                            APPLICATION_SERVICE_KAFKA_PASSWORD), the topics somebody writes, and the list's ACLs.
#                            Idempotent; the kafka-access container runs it on every 'docker compose up'. ACLs are
#                            added, never removed: take a grant away with kafka-acls.sh --remove (or a fresh volume).
#   kafka-access.sh health   the broker answers the admin (Compose's health check).
set -euo pipefail

here=$(dirname "$0")
access="$here/topic-access.txt"
bootstrap=${KAFKA_BOOTSTRAP:-kafka:9092}
bin=/opt/kafka/bin
admin_config=$(mktemp)
trap 'rm -f "$admin_config"' EXIT
cat > "$admin_config" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${LABORBRAND_KAFKA_ADMIN_PASSWORD:?LABORBRAND_KAFKA_ADMIN_PASSWORD is not set}";
EOF

if [[ ${1:-} == health ]]; then
  # not exec: the trap removes the client settings afterwards (the health check runs every 10 s)
  "$bin/kafka-broker-api-versions.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" > /dev/null
  exit
fi
if [[ ${1:-} != grant ]]; then
  echo "usage: $0 grant|health" >&2
  exit 2
fi

# '<user> <writes|reads|group> <name>' lines, without comments and blank lines
grants=$(grep -Ev '^[[:space:]]*(#|$)' "$access")
# the list of one user's names of one kind, each after the option that names its resource (--topic or --group)
resources() { awk -v user="$1" -v kind="$2" -v option="$3" '$1 == user && $2 == kind { printf "%s %s ", option, $3 }' <<< "$grants"; }

for user in $(awk '{ print $1 }' <<< "$grants" | sort -u); do
  variable="$(tr 'a-z-' 'A-Z_' <<< "$user")_KAFKA_PASSWORD"
  password=${!variable:?$variable is not set}
  echo "user $user"
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --alter --entity-type users \
    --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=4096,password=$password]" > /dev/null
  # shellcheck disable=SC2046 # the options are words on purpose
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --add --allow-principal "User:$user" \
    --operation Write --operation Describe --operation Create $(resources "$user" writes --topic) > /dev/null
  # shellcheck disable=SC2046
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --add --allow-principal "User:$user" \
    --operation Read --operation Describe $(resources "$user" reads --topic) > /dev/null
  # shellcheck disable=SC2046
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --add --allow-principal "User:$user" \
    --operation Read $(resources "$user" group --group) > /dev/null
done

# a consumer may not create the topics it reads: every topic somebody writes exists before the services start
# (four tool JVMs at a time)
pids=()
for topic in $(awk '$2 == "writes" { print $3 }' <<< "$grants" | sort -u); do
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin_config" --create --if-not-exists \
    --topic "$topic" > /dev/null &
  pids+=("$!")
  if (( ${#pids[@]} == 4 )); then
    for pid in "${pids[@]}"; do wait "$pid"; done
    pids=()
  fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
echo "Kafka users, topics and ACLs are in place"
