#!/usr/bin/env bash
# Smoke-test the built bundle (dist/LeadDesk) the way a user runs it: no Python on PATH, a
# fresh home, headless (Qt's offscreen platform). Fails on the first thing that goes wrong.
#
#   bash tools/smoke_bundle.sh [BUNDLE_DIR]     # default dist/LeadDesk
#
# Checks: --version / --help print; --demo opens, stays up, and SIGTERM closes it with exit
# 0; import (with rejected rows written to a folder we choose, never beside the data),
# export and backup work on a sample file from ../shared/data; the bundle folder is
# byte-for-byte the same afterwards (data, settings and logs go to the user's folders).
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(cd "${1:-dist/LeadDesk}" && pwd)
APP="$BUNDLE/LeadDesk"
DATA=../shared/data
[ -x "$APP" ] || { echo "no bundle at $APP: run python tools/build_bundle.py" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/leaddesk-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/bin" "$TMP/home" "$TMP/out"
listing() { (cd "$BUNDLE" && find . -printf '%p %s %T@\n' | sort); }
listing >"$TMP/before.txt"

# Everything runs with this environment only: an empty bin folder as PATH, no PYTHON*.
CLEAN_ENV=(env -i PATH="$TMP/bin" HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
  XDG_DATA_HOME="$TMP/home/data" XDG_CONFIG_HOME="$TMP/home/config"
  XDG_STATE_HOME="$TMP/home/state" XDG_CACHE_HOME="$TMP/home/cache"
  XDG_RUNTIME_DIR="$TMP/home/runtime")
run() { "${CLEAN_ENV[@]}" "$@"; }
mkdir -p "$TMP/home/runtime" && chmod 700 "$TMP/home/runtime"
fail() { echo "FAIL: $*" >&2; exit 1; }
if run /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
  fail "a Python is on the smoke test's PATH"
fi

echo "-- LeadDesk --version"
run "$APP" --version | tee "$TMP/version.txt"
grep -q "^LeadDesk [0-9]" "$TMP/version.txt" || fail "--version printed no version"
grep -q "database: $TMP/home/data/LeadDesk/leaddesk.sqlite" "$TMP/version.txt" \
  || fail "--version does not name the database in the user's data folder"

echo "-- LeadDesk --help"
run "$APP" --help >"$TMP/help.txt"
grep -q "import" "$TMP/help.txt" || fail "--help lists no commands"

echo "-- LeadDesk --demo, open for a few seconds, then SIGTERM"
# A simple command in the background (not the run function: $! would be a subshell's).
"${CLEAN_ENV[@]}" "$APP" --demo >"$TMP/demo.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$TMP"' EXIT
for _ in $(seq 1 60); do  # the demo database is generated on first start
  [ -s "$TMP/home/data/LeadDesk/demo.sqlite" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$TMP/demo.log"; fail "--demo exited early"; }
  sleep 1
done
sleep 5
kill -0 "$pid" 2>/dev/null || { cat "$TMP/demo.log"; fail "--demo exited by itself"; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || { cat "$TMP/demo.log"; fail "--demo closed with exit $status"; }
[ -s "$TMP/home/data/LeadDesk/demo.sqlite" ] || fail "no demo database in the data folder"
if grep -E "Traceback|^leaddesk:" "$TMP/demo.log"; then fail "--demo reported an error"; fi
echo "closed with exit 0"
trap 'rm -rf "$TMP"' EXIT

DB="$TMP/out/smoke.sqlite"
echo "-- LeadDesk import"
run "$APP" import "$DATA/oro_crm_demo_leads.csv" --db "$DB" --errors-dir "$TMP/out" \
  | tee "$TMP/import.txt"
grep -q "^new leads: 100$" "$TMP/import.txt" || fail "import did not create the 100 leads"
run "$APP" import "$DATA/mautic_fixture_contacts_invalid_date.csv" --db "$DB" \
  --errors-dir "$TMP/out" >"$TMP/import2.txt" || true
ls "$TMP/out"/*rejected*.xlsx >/dev/null 2>&1 || { cat "$TMP/import2.txt"; fail "no rejected-rows workbook"; }

echo "-- LeadDesk export"
run "$APP" export "$TMP/out/leads.xlsx" --db "$DB"
[ -s "$TMP/out/leads.xlsx" ] || fail "export wrote no workbook"

echo "-- LeadDesk backup"
run "$APP" backup --db "$DB"
run "$APP" backup --list --db "$DB" | tee "$TMP/backups.txt"
grep -q "100" "$TMP/backups.txt" || fail "the backup does not list its 100 leads"

echo "-- the bundle folder is unchanged"
listing >"$TMP/after.txt"
diff "$TMP/before.txt" "$TMP/after.txt" || fail "the bundle wrote inside $BUNDLE"
echo "bundle smoke test: passed ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
