#!/usr/bin/env bash
# Start-up time and memory of the full distribution on its embedded PostgreSQL, as ./vivres run starts it.
# For each run: the time from launching the JVM to its "Vivres ready on ..." line, the JVM's maximum resident set
# size (/usr/bin/time -v, up to that moment: the JVM is stopped with SIGTERM once ready) and the proportional memory
# (PSS) of its PostgreSQL processes at that moment. "cold": a new data folder each time (initdb, every migration);
# "warm": the same data folder again (what a restart of a running store network costs). Prints the medians.
#
# Usage: benchmarks/load/startup.sh [DIST] [RUNS]      (from the repository root; defaults: distribution/target/vivres 5)
# Needs: GNU time (Debian package "time"), Java 17.
set -euo pipefail
dist=$(cd "${1:-distribution/target/vivres}" && pwd)
runs=${2:-5}
work=$(mktemp -d /tmp/vivres-startup-XXXXXX)
port=$((20000 + RANDOM % 10000))
pgport=$((30000 + RANDOM % 10000))
export VIVRES_ADMIN_PASSWORD="startup-$RANDOM$RANDOM"

pss_of_postgres() { # the summed PSS (kB) of the PostgreSQL server of data folder $1: postmaster and children
  local total=0 pid postmaster
  postmaster=$(head -1 "$1/postgres/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    if [[ -r /proc/$pid/smaps_rollup ]]; then
      total=$((total + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}

one_run() { # $1 data folder → prints "ready_ms jvm_maxrss_kb pg_pss_kb"
  local data=$1 out=$work/out.txt times=$work/time.txt start ready tpid jpid pss
  : > "$out"
  start=$(date +%s%N)
  /usr/bin/time -v -o "$times" java -cp "$dist/lib/*" org.vivres.launcher.Main run --dist "$dist" --data "$data" \
      --port "$port" --pg-port "$pgport" --shell-port 0 > "$out" 2>&1 &
  tpid=$!
  until grep -q "Vivres ready on" "$out"; do
    if ! kill -0 "$tpid" 2>/dev/null; then echo "Vivres did not start:" >&2; cat "$out" >&2; exit 1; fi
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  jpid=$(pgrep -P "$tpid" java)
  pss=$(pss_of_postgres "$data")
  kill -TERM "$jpid"
  wait "$tpid" || true
  echo "$ready $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$times") $pss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "distribution: $dist, $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
one_run "$work/warm" > /dev/null # creates the data folder the warm runs reuse (not counted)
for mode in cold warm; do
  : > "$work/$mode.txt"
  for i in $(seq 1 "$runs"); do
    data=$work/warm
    [[ $mode == cold ]] && data=$work/cold-$i
    result=$(one_run "$data")
    echo "$mode run $i: ready ${result%% *} ms, JVM max RSS $(echo "$result" | cut -d' ' -f2) kB, PostgreSQL PSS $(echo "$result" | cut -d' ' -f3) kB"
    echo "$result" >> "$work/$mode.txt"
  done
  echo "$mode median: ready $(cut -d' ' -f1 "$work/$mode.txt" | median) ms," \
       "JVM max RSS $(( $(cut -d' ' -f2 "$work/$mode.txt" | median) / 1024 )) MB," \
       "PostgreSQL PSS $(( $(cut -d' ' -f3 "$work/$mode.txt" | median) / 1024 )) MB"
done
rm -rf "$work"
