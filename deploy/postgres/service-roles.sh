#!/usr/bin/env bash
# One PostgreSQL role per service and one for Keycloak, each owning only its database (docker-compose.yml).
# The postgres image runs this once, when it initialises an empty volume (/docker-entrypoint-initdb.d); it is
# idempotent, so it may run again on a volume that has data (see deploy/README.md):
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/10-service-roles.sh
# LABORBRAND_DATABASES lists "database:role" pairs; <ROLE>_PASSWORD (upper case) holds each role's password.
set -euo pipefail

for entry in ${LABORBRAND_DATABASES:?LABORBRAND_DATABASES lists the database:role pairs}; do
  database=${entry%%:*}
  role=${entry#*:}
  password_variable="${role^^}_PASSWORD"
  password=${!password_variable:?$password_variable is not set}
  echo "service-roles: database $database owned by role $role"
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$POSTGRES_USER" --dbname postgres \
       -v database="$database" -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
-- login only: no superuser, no databases or roles of its own making
ALTER ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
ALTER DATABASE :"database" OWNER TO :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"role";
\connect :"database"
-- Flyway runs as the role: it owns the schema, and every table and sequence in it (a volume from the days of
-- one shared account has them owned by that account, which as the image's superuser cannot be reassigned wholesale)
ALTER SCHEMA public OWNER TO :"role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SELECT format('ALTER TABLE public.%I OWNER TO %I', c.relname, :'role')
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
   AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :'role')
   -- a table's own sequences (identity, serial) follow the table
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
 ORDER BY c.relkind DESC \gexec
SQL
done

# the maintenance databases are the superuser's alone
psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$POSTGRES_USER" --dbname postgres \
     -c 'REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC'
