#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the replication tests and the sync benchmark.
#   eval "$(scripts/pg-cluster.sh start)"   # initdb + pg_ctl in a mktemp dir on a free loopback port;
#                                           # prints export lines: THREERINGS_TEST_PG_URL (superuser URL,
#                                           # password included), THREERINGS_TEST_PG_DIR, THREERINGS_TEST_PG_CA
#   scripts/pg-cluster.sh stop [DIR]        # stops it and removes the directory (DIR or $THREERINGS_TEST_PG_DIR)
# The server runs as the postgres user (initdb refuses root), listens on 127.0.0.1 only, asks for
# scram-sha-256 passwords over TCP and offers TLS with a certificate authority made here with openssl,
# so a test can connect with sslmode=verify-full (the certificate names localhost and 127.0.0.1).
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PASSWORD=${THREERINGS_TEST_PG_PASSWORD:-threerings-test}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

start() {
  [ -x "$PGBIN/initdb" ] || { echo "pg-cluster: no PostgreSQL 15 in $PGBIN (apt install postgresql-15)" >&2; exit 1; }
  local dir port
  dir=$(mktemp -d /tmp/threerings-pg.XXXXXX)
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/tls" "$dir/run"
  # A certificate authority and a server certificate for localhost and 127.0.0.1.
  (
    cd "$dir/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ThreeRings test CA" \
      -keyout ca.key -out ca.crt >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >ext.cnf
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
      -extfile ext.cnf -out server.crt >/dev/null 2>&1
    chmod 600 server.key ca.key
    chmod 644 ca.crt server.crt
  )
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir/data" "$dir/run" "$dir/tls"; fi
  printf '%s\n' "$PASSWORD" >"$dir/pw"
  chmod 644 "$dir/pw"
  as_postgres "$PGBIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pw"
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/run/server.log" -w -t 30 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/run -c ssl=on \
          -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key -c fsync=off \
          -c max_connections=60" >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { cat "$dir/run/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  # verify-full, as the console connects by default: the certificate authority made here, the name in the URL.
  echo "export THREERINGS_TEST_PG_URL='postgresql://postgres:$PASSWORD@127.0.0.1:$port/postgres?sslmode=verify-full&sslrootcert=$dir/tls/ca.crt'"
  echo "export THREERINGS_TEST_PG_DIR='$dir'"
  echo "export THREERINGS_TEST_PG_CA='$dir/tls/ca.crt'"
  echo "export THREERINGS_TEST_PG_PORT='$port'"
}

stop() {
  local dir=${1:-${THREERINGS_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

# restart [DIR]: an immediate stop (as a crash) and a start on the same port (fault tests).
restart() {
  local dir=${1:-${THREERINGS_TEST_PG_DIR:-}}
  as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  local port
  port=$(cat "$dir/port")
  as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/run/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/run -c ssl=on \
        -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key -c fsync=off \
        -c max_connections=60" >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  restart) restart "${2:-}" ;;
  *) echo "usage: $0 start|stop [DIR]|restart [DIR]" >&2; exit 2 ;;
esac
