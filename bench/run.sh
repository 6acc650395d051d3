#!/bin/sh
# make bench: import generated corpora of 1,000 and 10,000 files and print
# wall time, rate and peak memory (max RSS), then a re-import where every
# file is unchanged.  Figures, not assertions: compare them across changes.
set -eu
build=${BRIEF_BUILD:-build}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
cc -O2 -o "$out/gencorpus" bench/gencorpus.c

measure() { # label, command...
	label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$out/time" "$@" >"$out/summary" 2>"$out/stderr" || true
	read -r secs kib <"$out/time"
	printf '%-28s %8ss %10s KiB max RSS   %s\n' "$label" "$secs" "$kib" "$(cat "$out/summary")"
}

for n in 1000 10000; do
	corpus="$out/corpus-$n"
	[ -d "$corpus" ] || "$out/gencorpus" "$corpus" "$n"
	rm -f "$out/cache-$n.db" "$out/cache-$n.db-wal" "$out/cache-$n.db-shm"
	measure "import $n files" "$build/brief-import" --db "$out/cache-$n.db" "$corpus"
	measure "re-import $n (unchanged)" "$build/brief-import" --db "$out/cache-$n.db" "$corpus"
	size=$(du -k "$out/cache-$n.db" | cut -f1)
	printf '%-28s %8s KiB\n' "cache size ($n files)" "$size"
done
