#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster in /tmp, its URL in LUMBUNG_TEST_DATABASE_URL,
# and stops the cluster afterwards, whatever the command's outcome. The cluster runs as the
# `postgres` user when started by root (PostgreSQL refuses to run as root).
set -euo pipefail

pg_bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/pg_ctl" ] && pg_bin="$candidate"
done
if [ -z "$pg_bin" ] && command -v pg_ctl >/dev/null 2>&1; then pg_bin="$(dirname "$(command -v pg_ctl)")"; fi
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL is needed for the server tests against a real database but is not installed." >&2
  echo "Install it with: apt-get install -y postgresql" >&2
  exit 1
fi

port="${LUMBUNG_TEST_PG_PORT:-55432}"
dir="$(mktemp -d /tmp/lumbung-pg.XXXXXX)"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi

runner=""
[ "$(id -u)" -eq 0 ] && runner="runuser -u postgres --"
start_options="-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on"

# The fault tests stop the cluster as a crash would (immediate: no checkpoint, connections cut)
# and start it again, through this script named in LUMBUNG_TEST_PG_CONTROL.
cat >"$dir/control" <<CONTROL
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
  stop) $runner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null ;;
  start) $runner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "$start_options" start >/dev/null ;;
  *) echo "usage: control stop|start" >&2; exit 2 ;;
esac
CONTROL
chmod 755 "$dir/control"

as_owner "$pg_bin/initdb" -D "$dir/data" -U lumbung --auth=trust --no-sync >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "$start_options" start >/dev/null
stop() {
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT

export LUMBUNG_TEST_DATABASE_URL="postgres://lumbung@127.0.0.1:$port/postgres"
export LUMBUNG_TEST_PG_CONTROL="$dir/control"
"$@"
