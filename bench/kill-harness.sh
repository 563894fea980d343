#!/usr/bin/env bash
# The kill harness (docs/safety.md): COUNT times, starts one of import, grid
# save (tests/helpers/tally_writer, the entry screen's TallyStore::apply),
# restore or backup on a copy of a demo database, SIGKILLs it at a random
# moment within the operation's usual length (import 0–0,7 s, backup 0–0,9 s,
# restore and save 0–2 s), and then verifies:
#   - no half-write: the tallies are exactly the state before or the state
#     after the operation (import, restore), and `signtally check` passes
#     (save: every committed change set whole, tallies = audit);
#   - nothing wrongly refused: when sqlite3's integrity_check calls a copy of
#     the crashed files "ok", `signtally check` opens and passes the file;
#   - a backup file that exists passes `check`; no .signtally-*.tmp is left
#     after the next command in the folder.
# Usage: bench/kill-harness.sh COUNT [BUILD_DIR]   (needs sqlite3 and python3)
set -u
count=${1:-100}
build=${2:-build}
bin="$build/bin/signtally"
writer="$build/tests/tally_writer"
for f in "$bin" "$writer"; do
    [ -x "$f" ] || { echo "missing $f (build first)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SIGNTALLY_TODAY=2025-08-28
export XDG_DATA_HOME="$work/data" # witnesses and logs stay in the scratch folder

state() { sqlite3 "$1" "SELECT count(*) || '/' || coalesce(sum(count), 0) FROM tally"; }
csv_for() { # CSV of every unit × day for provider "Khác", counts offset by $2
    sqlite3 "$1" "SELECT name FROM unit ORDER BY id" | python3 -c '
import sys, datetime
off = int(sys.argv[1]); units = [l.strip() for l in sys.stdin if l.strip()]
print("Đơn vị,Ngày,Nhà mạng,Số lượng")
d0 = datetime.date(2025, 7, 28)
for i, u in enumerate(units):
    for k in range(32):
        day = (d0 + datetime.timedelta(k)).strftime("%d/%m/%Y")
        print(f"{u},{day},Khác,{(i * 7 + k * 3 + off) % 97}")
' "$2"
}

"$bin" demo --db "$work/base.sqlite" >/dev/null || exit 1
csv_for "$work/base.sqlite" 5 >"$work/import.csv"
csv_for "$work/base.sqlite" 11 >"$work/other.csv"
# The state after a whole import, and a backup of another state to restore.
cp "$work/base.sqlite" "$work/full.sqlite"
"$bin" import "$work/import.csv" --db "$work/full.sqlite" --replace >/dev/null || exit 1
cp "$work/base.sqlite" "$work/bk-src.sqlite"
"$bin" import "$work/other.csv" --db "$work/bk-src.sqlite" --replace >/dev/null || exit 1
"$bin" backup --db "$work/bk-src.sqlite" --out "$work/backup.sqlite" >/dev/null || exit 1
base_state=$(state "$work/base.sqlite")
import_state=$(state "$work/full.sqlite")
restore_state=$(state "$work/backup.sqlite")

declare -A runs=() kills=()
halfwrites=0 refused=0 checkfail=0 badbackup=0 strays=0
start=$(date +%s)
for ((i = 1; i <= count; i++)); do
    rm -rf "$work/run$((i - 1))"
    d="$work/run$i" # a new path each run: its witness is its own
    mkdir -p "$d"
    cp "$work/base.sqlite" "$d/live.sqlite"
    ops=(import save restore backup)
    op=${ops[$((RANDOM % 4))]}
    runs[$op]=$((${runs[$op]:-0} + 1))
    case $op in
    import) "$bin" import "$work/import.csv" --db "$d/live.sqlite" --replace >/dev/null 2>&1 & ;;
    save) "$writer" race "$d/live.sqlite" 1 200 >/dev/null 2>&1 & ;;
    restore) "$bin" restore --from "$work/backup.sqlite" --db "$d/live.sqlite" >/dev/null 2>&1 & ;;
    backup) "$bin" backup --db "$d/live.sqlite" --out "$d/out.sqlite" >/dev/null 2>&1 & ;;
    esac
    pid=$!
    # A moment within the operation's usual length on an idle machine.
    case $op in import) span=700 ;; backup) span=900 ;; *) span=2000 ;; esac
    ms=$((RANDOM % span))
    sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then kills[$op]=$((${kills[$op]:-0} + 1)); fi
    wait "$pid" 2>/dev/null
    # The crashed files as they are, for sqlite3's own verdict.
    mkdir -p "$d/copy"
    for f in "$d"/live.sqlite*; do cp "$f" "$d/copy/"; done
    sqlite_ok=$(sqlite3 "$d/copy/live.sqlite" "PRAGMA integrity_check" 2>&1 | head -1)
    out=$("$bin" check --db "$d/live.sqlite" 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        if [ "$sqlite_ok" = ok ]; then
            refused=$((refused + 1))
            echo "run $i ($op): check exit $rc on a file sqlite3 calls ok: $out" | head -3
        else
            checkfail=$((checkfail + 1))
            echo "run $i ($op): sqlite3 says $sqlite_ok; check exit $rc" | head -3
        fi
    fi
    now=$(state "$d/live.sqlite")
    case $op in
    import) [ "$now" = "$base_state" ] || [ "$now" = "$import_state" ] || { halfwrites=$((halfwrites + 1)); echo "run $i import: $now"; } ;;
    restore) [ "$now" = "$base_state" ] || [ "$now" = "$restore_state" ] || { halfwrites=$((halfwrites + 1)); echo "run $i restore: $now"; } ;;
    backup)
        [ "$now" = "$base_state" ] || { halfwrites=$((halfwrites + 1)); echo "run $i backup changed the live file"; }
        if [ -e "$d/out.sqlite" ]; then
            "$bin" check --db "$d/out.sqlite" >/dev/null 2>&1 || { badbackup=$((badbackup + 1)); echo "run $i: a backup file that fails check"; }
        fi ;;
    esac
    left=$(find "$d" -maxdepth 1 -name '.signtally-*.tmp' | wc -l)
    if [ "$left" -ne 0 ]; then
        strays=$((strays + 1))
        echo "run $i ($op): $left temporary files left after the next command"
    fi
done
secs=$(($(date +%s) - start))
echo "runs: import ${runs[import]:-0} (killed ${kills[import]:-0}), save ${runs[save]:-0} (killed ${kills[save]:-0}), restore ${runs[restore]:-0} (killed ${kills[restore]:-0}), backup ${runs[backup]:-0} (killed ${kills[backup]:-0}); ${secs} s"
echo "half-writes: $halfwrites; refused although sqlite3 says ok: $refused; check failures: $checkfail; bad backup files: $badbackup; runs leaving temporaries: $strays"
[ $((halfwrites + refused + checkfail + badbackup + strays)) -eq 0 ]
