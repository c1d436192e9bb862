#!/usr/bin/env bash
#
# Makes the local PostgreSQL and MariaDB servers ready for RevGraph's tests (DESIGN.md §11) and
# exports the URLs the tests read.
#
#   source scripts/dev-databases.sh          # prepare the servers, export the variables in this shell
#   eval "$(scripts/dev-databases.sh)"       # the same, from a child process
#   scripts/dev-databases.sh                 # prepare the servers; print the `export` lines
#
# When executed, the `export` lines are the only thing written to stdout; progress and the summary go
# to stderr, so the eval form works. When sourced, nothing is printed to stdout and the caller's shell
# options are left as they were. Exported:
#
#   REVGRAPH_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=...
#   REVGRAPH_TEST_MARIADB_URL=jdbc:mariadb://127.0.0.1:3306/?user=revgraph&password=...
#
# Each step is idempotent and cheap when already done: start the PostgreSQL cluster (found with
# pg_lsclusters) and MariaDB if they do not answer; wait for both (REVGRAPH_DB_WAIT_SECONDS, default
# 60); through the local socket, as the superuser, create or update the `revgraph` login with the right
# to create databases; let PostgreSQL check that login's password over TCP; raise PostgreSQL's
# max_connections to REVGRAPH_MIN_CONNECTIONS (default 300), restarting only when it was lower (and
# MariaDB's, until its next restart).
# Superuser work needs root (or password-less sudo); it never relies on a password-less superuser
# over TCP. Choose a cluster with REVGRAPH_PG_CLUSTER=15/main when there are several.

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
  # Sourced: do the work in a child shell, so that its `set -e` holds whatever the caller's options
  # are, and leave the caller's shell as it was apart from the exported variables.
  if _revgraph_dev_databases_exports=$("${BASH:-bash}" "${BASH_SOURCE[0]}"); then
    eval "$_revgraph_dev_databases_exports"
    unset _revgraph_dev_databases_exports
    return 0
  fi
  unset _revgraph_dev_databases_exports
  return 1
fi

_revgraph_dev_databases() (
  set -euo pipefail

  readonly login=revgraph
  readonly password=revgraph
  readonly wait_seconds=${REVGRAPH_DB_WAIT_SECONDS:-60}
  readonly min_connections=${REVGRAPH_MIN_CONNECTIONS:-300}

  say() { printf 'dev-databases: %s\n' "$*" >&2; }
  die() { say "error: $*"; exit 1; }

  # Runs a command as root (directly, or through password-less sudo); fails with advice otherwise.
  as_root() {
    if [[ $(id -u) -eq 0 ]]; then
      "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo -n "$@"
    else
      die "'$1' needs root; run this script as root or with password-less sudo"
    fi
  }

  as_user() {
    local user=$1
    shift
    if [[ $(id -un) == "$user" ]]; then
      (cd / && "$@")
    else
      (cd / && as_root runuser -u "$user" -- "$@")
    fi
  }

  # Waits until the probe command succeeds, or fails after wait_seconds.
  await() {
    local what=$1
    shift
    local deadline=$((SECONDS + wait_seconds))
    until "$@" >/dev/null 2>&1; do
      ((SECONDS < deadline)) || die "$what did not accept connections within ${wait_seconds}s"
      sleep 1
    done
  }

  # ---------------------------------------------------------------- PostgreSQL

  command -v pg_lsclusters >/dev/null || die "PostgreSQL is not installed (no pg_lsclusters)"

  local version cluster pg_port pg_status
  if [[ -n ${REVGRAPH_PG_CLUSTER:-} ]]; then
    version=${REVGRAPH_PG_CLUSTER%%/*}
    cluster=${REVGRAPH_PG_CLUSTER#*/}
  else
    # Prefer a cluster that is already online, then the newest version.
    read -r version cluster < <(pg_lsclusters -h | sort -k4,4r -k1,1nr | awk 'NR == 1 { print $1, $2 }') ||
      die "no PostgreSQL cluster found (pg_lsclusters lists none)"
  fi
  read -r pg_port pg_status < <(pg_lsclusters -h "$version" "$cluster" | awk '{ print $3, $4 }') ||
    die "PostgreSQL cluster $version/$cluster not found"

  pg_ready() { pg_isready -q -h 127.0.0.1 -p "$pg_port" -t 2; }

  pg_start() {
    # The socket directory lives on a tmpfs and may be gone after a reboot.
    [[ -d /run/postgresql ]] || as_root install -d -m 2775 -o postgres -g postgres /run/postgresql
    say "starting PostgreSQL $version/$cluster"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start ||
      [[ $(pg_lsclusters -h "$version" "$cluster" | awk '{ print $4 }') == online* ]] ||
      die "could not start PostgreSQL $version/$cluster; see its log under /var/log/postgresql"
  }

  if ! pg_ready; then
    [[ $pg_status == online* ]] && say "PostgreSQL $version/$cluster is online but does not answer on 127.0.0.1:$pg_port yet"
    [[ $pg_status == online* ]] || pg_start
    await "PostgreSQL $version/$cluster" pg_ready
  fi

  psql_super() { as_user postgres psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres "$@"; }

  local encryption hba_method
  encryption=$(psql_super -Atc "SHOW password_encryption")
  if [[ $encryption == scram-sha-256 ]]; then hba_method=scram-sha-256; else hba_method=md5; fi

  psql_super -v login="$login" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'login')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'login') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'login', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'login', :'login')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'login') \gexec
SQL

  # Our line goes first: pg_hba.conf is read top down and the first matching line decides.
  local hba_file hba_line
  hba_file=$(psql_super -Atc "SHOW hba_file")
  hba_line="host all $login 127.0.0.1/32 $hba_method"
  if ! as_root grep -Eq "^host[[:space:]]+all[[:space:]]+$login[[:space:]]+127\.0\.0\.1/32[[:space:]]+$hba_method[[:space:]]*$" "$hba_file"; then
    say "adding '$hba_line' to $hba_file"
    as_root sed -i "0,/^[[:space:]]*[^#[:space:]]/s||# Added by RevGraph (scripts/dev-databases.sh)\n$hba_line\n&|" "$hba_file"
    as_root grep -Fxq "$hba_line" "$hba_file" || printf '%s\n' "$hba_line" | as_root tee -a "$hba_file" >/dev/null
    psql_super -Atc "SELECT pg_reload_conf()" >/dev/null
  fi

  local max_connections
  max_connections=$(psql_super -Atc "SHOW max_connections")
  if ((max_connections < min_connections)); then
    say "raising PostgreSQL max_connections from $max_connections to $min_connections (restart)"
    psql_super -c "ALTER SYSTEM SET max_connections = $min_connections"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" restart
    await "PostgreSQL $version/$cluster" pg_ready
  fi

  # ---------------------------------------------------------------- MariaDB

  local mariadb_client mariadb_admin mariadb_server mariadb_port
  mariadb_client=$(command -v mariadb || command -v mysql) || die "MariaDB client not installed"
  mariadb_admin=$(command -v mariadb-admin || command -v mysqladmin) || die "mariadb-admin not installed"
  mariadb_server=$(command -v mariadbd || ls /usr/sbin/mariadbd 2>/dev/null || command -v mysqld) ||
    die "MariaDB server not installed"

  mariadb_option() { my_print_defaults mysqld server mariadb client-server 2>/dev/null | sed -n "s/^--$1=//p" | tail -n 1; }
  mariadb_port=$(mariadb_option port)
  mariadb_port=${mariadb_port:-3306}

  # ping answers even when the server refuses the (absent) credentials; that is all we want here.
  mariadb_ready() { "$mariadb_admin" --no-defaults --protocol=tcp -h 127.0.0.1 -P "$mariadb_port" --connect-timeout=2 ping; }

  if ! mariadb_ready >/dev/null 2>&1; then
    # A server that has exited may linger as a zombie for a while; it does not count.
    if ps -C mariadbd,mysqld -o stat= | grep -qv '^Z'; then
      say "MariaDB is running but does not answer on 127.0.0.1:$mariadb_port yet"
    else
      local socket_dir log_file datadir
      socket_dir=$(dirname "$(mariadb_option socket || true)")
      [[ $socket_dir == . || $socket_dir == / ]] && socket_dir=/run/mysqld
      for dir in /run/mysqld "$socket_dir"; do
        [[ -d $dir ]] || as_root install -d -m 755 -o mysql -g root "$dir"
      done
      log_file=$(mariadb_option log-error)
      if [[ -n $log_file && ! -d $(dirname "$log_file") ]]; then
        as_root install -d -m 2750 -o mysql -g adm "$(dirname "$log_file")"
      fi
      datadir=$(mariadb_option datadir)
      as_root test -d "${datadir:-/var/lib/mysql}/mysql" ||
        die "MariaDB has no data directory at ${datadir:-/var/lib/mysql}; run mariadb-install-db first"
      say "starting MariaDB"
      # Debian's init script needs /etc/mysql/debian.cnf and syslog, which slim machines lack; the
      # server itself reads /etc/mysql/my.cnf and drops to the mysql user on its own.
      as_root start-stop-daemon --start --oknodo --background --exec "$mariadb_server"
    fi
    await "MariaDB" mariadb_ready
  fi

  mariadb_super() { as_root "$mariadb_client" -uroot --protocol=socket "$@"; }

  mariadb_super <<SQL
CREATE USER IF NOT EXISTS '$login'@'localhost' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$login'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$login'@'%' IDENTIFIED BY '$password';
ALTER USER '$login'@'localhost' IDENTIFIED BY '$password';
ALTER USER '$login'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER '$login'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO '$login'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$login'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$login'@'%' WITH GRANT OPTION;
SQL

  # Not persisted: the concurrency tests need more than the default 151, and this runs before them.
  mariadb_super -e "SET GLOBAL max_connections = GREATEST(@@GLOBAL.max_connections, $min_connections)"

  # ---------------------------------------------------------------- check and report

  PGPASSWORD=$password PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$pg_port" -U "$login" -d "$login" -Atc "SELECT 1" >/dev/null ||
    die "the $login login cannot connect to PostgreSQL over TCP"
  MYSQL_PWD=$password "$mariadb_client" --no-defaults --protocol=tcp -h 127.0.0.1 -P "$mariadb_port" -u "$login" -e "SELECT 1" >/dev/null ||
    die "the $login login cannot connect to MariaDB over TCP"

  printf '%s\n' \
    "REVGRAPH_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$pg_port/$login?user=$login&password=$password" \
    "REVGRAPH_TEST_MARIADB_URL=jdbc:mariadb://127.0.0.1:$mariadb_port/?user=$login&password=$password"
)

set -euo pipefail
case ${1:-} in
  '') ;;
  -h | --help) sed -n '3,/^$/s/^# \{0,1\}//p' "$0" >&2; exit 0 ;;
  *) printf 'dev-databases: unknown argument %s (try --help)\n' "$1" >&2; exit 2 ;;
esac

env_lines=$(_revgraph_dev_databases)
while IFS= read -r line; do
  printf "export %s='%s'\n" "${line%%=*}" "${line#*=}"
  # The summary masks the password: these lines end up in CI logs.
  printf 'dev-databases: %s\n' "$(sed -E 's/(password=)[^&;]*/\1****/' <<<"$line")" >&2
done <<<"$env_lines"
