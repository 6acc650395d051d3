#!/bin/sh
# make bench: import generated corpora of 1,000 and 10,000 files and print
# wall time, rate and peak memory (max RSS), then a re-import where every
# file is unchanged, and a baseline that stores the same text with no
# extraction.  Figures, not assertions: compare them across changes.
set -eu
build=${BRIEF_BUILD:-build}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
cc -O2 -o "$out/gencorpus" bench/gencorpus.c
# shellcheck disable=SC2046
cc -O2 -o "$out/baseline" bench/baseline.c $(pkg-config --cflags --libs sqlite3)
# shellcheck disable=SC2046
cc -O2 -o "$out/dbsize" bench/dbsize.c $(pkg-config --cflags --libs sqlite3)
# shellcheck disable=SC2046
cc -O2 -o "$out/threadeval" bench/threadeval.c $(pkg-config --cflags --libs sqlite3)

# The name tagger alone: tokens a second on one core, and the model's load.
"$build/tagspeed" data/ner.model data/actors.yaml data/samples/*.txt

measure() { # label, command...
	label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$out/time" "$@" >"$out/summary" 2>"$out/stderr" || true
	read -r secs kib <"$out/time"
	printf '%-28s %8ss %10s KiB max RSS   %s\n' "$label" "$secs" "$kib" "$(cat "$out/summary")"
}

for n in 1000 10000; do
	corpus="$out/corpus-v2-$n" # v2: the generator of realistic news
	if [ ! -f "$corpus.truth" ]; then # the true threads come with the corpus
		rm -rf "$corpus"
		"$out/gencorpus" "$corpus" "$n" 1 "$corpus.truth"
	fi
	rm -f "$out/cache-$n.db" "$out/cache-$n.db-wal" "$out/cache-$n.db-shm"
	measure "import $n files" "$build/brief-import" --db "$out/cache-$n.db" "$corpus"
	brief_secs=$secs
	measure "re-import $n (unchanged)" "$build/brief-import" --db "$out/cache-$n.db" "$corpus"
	size=$(du -k "$out/cache-$n.db" | cut -f1)
	printf '%-28s %8s KiB\n' "cache size ($n files)" "$size"
	"$out/threadeval" "$out/cache-$n.db" "$corpus.truth"
	"$out/dbsize" "$out/cache-$n.db" "$(find "$corpus" -type f -exec cat {} + | wc -c)" 8
	# the same files' raw text into SQLite and FTS5 alone, per file and
	# batched by 1,000: what brief's extraction costs on top, as a ratio
	for batch in 1 1000; do
		rm -f "$out/base-$n.db" "$out/base-$n.db-wal" "$out/base-$n.db-shm"
		measure "baseline $n, $batch per commit" "$out/baseline" "$out/base-$n.db" "$corpus" "$batch"
		awk -v b="$brief_secs" -v s="$secs" 'BEGIN { if (s > 0) printf "%-28s %8.1fx\n", "  brief-import against it", b / s }'
	done
done

# Linear in every shape of text: one file of each pathological shape at
# 200 KB and at 800 KB; four times the input should cost about four times
# the time and the cache, never sixteen.
cc -O2 -o "$out/genshape" bench/genshape.c
printf '\n%-12s %9s %9s %11s %11s %7s %7s\n' SHAPE "200K s" "800K s" "200K cache" "800K cache" "time x" "size x"
for shape in prose names dates short-lines repeated no-space punctuation paragraphs; do
	set --
	for kb in 200 800; do
		"$out/genshape" "$shape" $((kb * 1000)) "$out/shape.txt"
		rm -f "$out/shape.db" "$out/shape.db-wal" "$out/shape.db-shm"
		/usr/bin/time -f "%e" -o "$out/time" "$build/brief-import" -q --db "$out/shape.db" "$out/shape.txt" \
			>/dev/null 2>&1 || true
		set -- "$@" "$(tail -n 1 "$out/time")" "$(du -k "$out/shape.db" | cut -f1)"
	done
	awk -v s="$shape" -v t1="$1" -v c1="$2" -v t2="$3" -v c2="$4" 'BEGIN {
		printf "%-12s %9.2f %9.2f %8d KiB %8d KiB %7.1f %7.1f\n", s, t1, t2, c1, c2,
			(t1 >= 0.01 ? t2 / t1 : 1), (c1 > 0 ? c2 / c1 : 0) }'
done
