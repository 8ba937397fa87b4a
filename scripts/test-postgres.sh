#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite (sourced by scripts/run-tests.sh).
#   start_test_postgres  installs PostgreSQL from Debian's packages if missing, starts a cluster
#                        in a temporary folder on a free local port (never 5432, where Debian's
#                        own cluster may run), as the postgres user when run as root, and exports
#                        TERRITORIA_TEST_POSTGRES_URL (a superuser URL; each test makes its own base)
#   stop_test_postgres   stops it and removes the folder (run it from a trap: also on failure)

_pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $found && -x $found/pg_ctl ]] && echo "$found"
}

start_test_postgres() {
  local bin
  bin=$(_pg_bin || true)
  if [[ -z $bin ]]; then
    echo "Installation de PostgreSQL (paquets Debian) pour les tests du serveur"
    local sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    bin=$(_pg_bin)
  fi
  TERRITORIA_TEST_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/territoria-pg.XXXXXX")
  local port
  port=$(.venv/bin/python -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  [[ $port == 5432 ]] && port=54329
  local run=()
  if [[ $(id -u) -eq 0 ]]; then  # initdb refuses root: the cluster belongs to postgres
    chown postgres "$TERRITORIA_TEST_PG_DIR"
    run=(runuser -u postgres --)
  fi
  # a password over TCP, as on a real server, so that a wrong one can be tested
  local password=territoria-tests
  echo "$password" >"$TERRITORIA_TEST_PG_DIR/pwfile"
  [[ $(id -u) -eq 0 ]] && chown postgres "$TERRITORIA_TEST_PG_DIR/pwfile"
  "${run[@]}" "$bin/initdb" -D "$TERRITORIA_TEST_PG_DIR/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$TERRITORIA_TEST_PG_DIR/pwfile" -E UTF8 --locale=C.UTF-8 \
    >"$TERRITORIA_TEST_PG_DIR/initdb.log" 2>&1
  "${run[@]}" "$bin/pg_ctl" -D "$TERRITORIA_TEST_PG_DIR/data" -l "$TERRITORIA_TEST_PG_DIR/server.log" -w \
    -o "-p $port -k $TERRITORIA_TEST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  TERRITORIA_TEST_PG_CTL=("${run[@]}" "$bin/pg_ctl")
  export TERRITORIA_TEST_PG_DIR
  export TERRITORIA_TEST_POSTGRES_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres"
  echo "Serveur PostgreSQL de test : 127.0.0.1:$port ($TERRITORIA_TEST_PG_DIR)"
}

stop_test_postgres() {
  [[ -n ${TERRITORIA_TEST_PG_DIR:-} && -d $TERRITORIA_TEST_PG_DIR ]] || return 0
  "${TERRITORIA_TEST_PG_CTL[@]}" -D "$TERRITORIA_TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TERRITORIA_TEST_PG_DIR"
}
