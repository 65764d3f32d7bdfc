#!/usr/bin/env bash
# A local Tryton 6.0 ERP for Crossdock's connector tests and demos. Installs nothing: it needs the Debian packages
# tryton-server tryton-modules-sale tryton-modules-stock tryton-modules-account-invoice tryton-proteus (see .ci/run).
#
#   tryton.sh prepare DIR          seeded database DIR/crossdock.sqlite (copied from the cache; built and cached when absent)
#   tryton.sh bulk DIR COUNT       a fresh DIR with the seeded database plus COUNT quoted sales (cached; for the 1,000-order measurement)
#   tryton.sh start DIR PORT       start trytond on 127.0.0.1:PORT for DIR (prepares first), wait until it answers
#   tryton.sh stop DIR             stop the trytond started for DIR
#   tryton.sh check                exit 0 when the packages are present
#
# Database "crossdock", user "admin", password "admin" (a throwaway local test database).
# The seeded database is cached under ${CROSSDOCK_TRYTON_CACHE:-~/.cache/crossdock-tryton}/<hash of the seed scripts>/
# because building it takes about a minute; copies are cheap. Idempotent: prepare on a prepared DIR does nothing.
# The key covers seed.py, accounting.py and the trytond version; after changing how tryton.sh activates modules,
# delete the cache folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python=/usr/bin/python3
database=crossdock
cache_root="${CROSSDOCK_TRYTON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crossdock-tryton}"

die() { echo "tryton.sh: $*" >&2; exit 1; }

check() {
  command -v trytond >/dev/null && command -v trytond-admin >/dev/null && "$python" -c 'import proteus, trytond.modules.sale' 2>/dev/null
}

# trytond.conf for DIR; the port matters only to the server
write_config() {
  local dir="$1" port="${2:-8000}"
  cat >"$dir/trytond.conf" <<EOF
[database]
uri = sqlite://
path = $dir

[web]
listen = 127.0.0.1:$port

[session]
timeout = 86400
max_attempt = 50
EOF
}

seed_hash() {
  { cat "$here/seed.py" "$here/accounting.py"; trytond --version 2>/dev/null || true; } | sha256sum | cut -c1-16
}

# an empty database with sale, stock and account_invoice activated: the slow part (30-90 s), cached per trytond version
activated() {
  local cached
  cached="$cache_root/activated-$(trytond --version | tr -c 'a-z0-9.\n' '-')/$database.sqlite"
  if [ ! -s "$cached" ]; then
    local work
    work="$(mktemp -d "$cache_root/activate.XXXXXX")"
    write_config "$work"
    printf 'admin\n' >"$work/admin-password"
    : >"$work/$database.sqlite"
    echo "tryton.sh: creating the database and activating sale, stock, account_invoice (30-90 s, once)" >&2
    if ! TRYTONPASSFILE="$work/admin-password" trytond-admin -c "$work/trytond.conf" -d "$database" -u sale --activate-dependencies --email admin@crossdock.invalid </dev/null >"$work/admin.log" 2>&1; then
      tail -20 "$work/admin.log" >&2
      rm -rf "$work"
      die "trytond-admin failed"
    fi
    mkdir -p "$(dirname "$cached")"
    # rename is atomic: a concurrent prepare sees either no file or the whole one
    mv "$work/$database.sqlite" "$cached.tmp.$$" && mv "$cached.tmp.$$" "$cached"
    rm -rf "$work"
  fi
  echo "$cached"
}

seeded() {
  local cached="$cache_root/seeded-$(seed_hash)/$database.sqlite"
  if [ ! -s "$cached" ]; then
    local empty work
    empty="$(activated)"
    work="$(mktemp -d "$cache_root/seed.XXXXXX")"
    write_config "$work"
    cp "$empty" "$work/$database.sqlite"
    echo "tryton.sh: seeding (about 15 s, once per seed script version)" >&2
    if ! "$python" "$here/seed.py" "$work/trytond.conf" "$database" >"$work/seed.log" 2>&1; then
      tail -30 "$work/seed.log" >&2
      rm -rf "$work"
      die "seed failed"
    fi
    mkdir -p "$(dirname "$cached")"
    mv "$work/$database.sqlite" "$cached.tmp.$$" && mv "$cached.tmp.$$" "$cached"
    rm -rf "$work"
  fi
  echo "$cached"
}

prepare() {
  local dir="$1" cached
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  [ -s "$dir/$database.sqlite" ] && return 0
  check || die "Tryton is not installed (apt-get install --no-install-recommends tryton-server tryton-modules-sale tryton-modules-stock tryton-modules-account-invoice tryton-proteus)"
  mkdir -p "$cache_root"
  cached="$(seeded)"
  cp "$cached" "$dir/$database.sqlite.tmp" && mv "$dir/$database.sqlite.tmp" "$dir/$database.sqlite"
}

# the seeded database plus COUNT quoted sales, cached like the seeded one (seeding 1,000 sales takes minutes)
bulk() {
  local dir="$1" count="$2" cached
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  [ -s "$dir/$database.sqlite" ] && die "$dir already has a database; bulk wants a fresh folder"
  check || die "Tryton is not installed"
  mkdir -p "$cache_root"
  cached="$cache_root/bulk-$( { seed_hash; cat "$here/seed_bulk.py"; } | sha256sum | cut -c1-16)-$count/$database.sqlite"
  if [ ! -s "$cached" ]; then
    local work
    work="$(mktemp -d "$cache_root/bulk.XXXXXX")"
    write_config "$work"
    cp "$(seeded)" "$work/$database.sqlite"
    echo "tryton.sh: adding $count quoted sales (minutes, once)" >&2
    if ! "$python" "$here/seed_bulk.py" "$work/trytond.conf" "$database" "$count" >"$work/bulk.log" 2>&1; then
      tail -30 "$work/bulk.log" >&2
      rm -rf "$work"
      die "bulk seed failed"
    fi
    mkdir -p "$(dirname "$cached")"
    mv "$work/$database.sqlite" "$cached.tmp.$$" && mv "$cached.tmp.$$" "$cached"
    rm -rf "$work"
  fi
  cp "$cached" "$dir/$database.sqlite.tmp" && mv "$dir/$database.sqlite.tmp" "$dir/$database.sqlite"
}

start() {
  local dir="$1" port="$2"
  prepare "$dir"
  dir="$(cd "$dir" && pwd)"
  if [ -f "$dir/trytond.pid" ] && kill -0 "$(cat "$dir/trytond.pid")" 2>/dev/null; then
    die "a trytond is already running for $dir (pid $(cat "$dir/trytond.pid")); stop it first"
  fi
  write_config "$dir" "$port"
  nohup trytond -c "$dir/trytond.conf" >"$dir/trytond.log" 2>&1 &
  echo $! >"$dir/trytond.pid"
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"id":0,"method":"common.server.version","params":[]}' "http://127.0.0.1:$port/"; then
      echo "tryton.sh: trytond on http://127.0.0.1:$port/$database/ (pid $(cat "$dir/trytond.pid"))" >&2
      return 0
    fi
    kill -0 "$(cat "$dir/trytond.pid")" 2>/dev/null || { tail -20 "$dir/trytond.log" >&2; die "trytond exited"; }
    sleep 0.1
  done
  tail -20 "$dir/trytond.log" >&2
  die "trytond did not answer on port $port within 10 s"
}

stop() {
  local dir="$1" pid
  [ -f "$dir/trytond.pid" ] || return 0
  pid="$(cat "$dir/trytond.pid")"
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/trytond.pid"
}

command="${1:-}"
case "$command" in
  check) check ;;
  prepare) [ $# -eq 2 ] || die "usage: tryton.sh prepare DIR"; prepare "$2" ;;
  bulk) [ $# -eq 3 ] || die "usage: tryton.sh bulk DIR COUNT"; bulk "$2" "$3" ;;
  start) [ $# -eq 3 ] || die "usage: tryton.sh start DIR PORT"; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || die "usage: tryton.sh stop DIR"; stop "$2" ;;
  *) die "usage: tryton.sh check | prepare DIR | bulk DIR COUNT | start DIR PORT | stop DIR" ;;
esac
