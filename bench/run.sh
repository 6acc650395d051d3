#!/bin/sh
# make bench: brief on generated news at 10,000 files and at BENCH_N
# (default 100,000; BENCH_N=10000 for a quick run).  For each size: the
# import (wall, user, sys, rates, peak RSS) beside a baseline that stores
# the same raw text into SQLite and FTS5 with no extraction, a re-import of
# unchanged files, --reextract, the cache's size by table, the threads
# against the generator's own, the reader through script mode, and an
# actor's stories found by brief against grep -rl over the files.  Then
# the ratio of the reader figures between the sizes, the linear-shapes
# table, and bench/results.json.  Figures, not assertions.
set -eu
build=${BRIEF_BUILD:-build}
out=${BENCH_OUT:-bench/out}
big=${BENCH_N:-100000}
results=${BENCH_RESULTS:-bench/results.json}
mkdir -p "$out"
cc -O2 -o "$out/gencorpus" bench/gencorpus.c
for tool in baseline dbsize threadeval; do
	# shellcheck disable=SC2046
	cc -O2 -o "$out/$tool" "bench/$tool.c" $(pkg-config --cflags --libs sqlite3)
done

# The name tagger alone: tokens a second on one core, and the model's load.
"$build/tagspeed" data/ner.model data/actors.yaml data/samples/*.txt

json=$out/results.part
: >"$json"
record() { # key value: a number for results.json
	printf '%s %s\n' "$1" "$2" >>"$json"
}

measure() { # key label command...: wall, user, sys and peak RSS of a run
	key=$1 label=$2
	shift 2
	/usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" >"$out/summary" 2>"$out/stderr" || true
	read -r secs user sys kib <"$out/time"
	printf '%-30s %8ss wall %7ss user %6ss sys %8s KiB   %s\n' "$label" "$secs" "$user" "$sys" "$kib" \
		"$(head -c 100 "$out/summary")"
	record "$key.wall_s" "$secs"
	record "$key.user_s" "$user"
	record "$key.sys_s" "$sys"
	record "$key.peak_rss_kib" "$kib"
}

sizes=10000
[ "$big" = 10000 ] || sizes="10000 $big"
for n in $sizes; do
	corpus="$out/corpus-v2-$n" # v2: the generator of realistic news
	if [ ! -f "$corpus.truth" ]; then # the true threads come with the corpus
		rm -rf "$corpus"
		"$out/gencorpus" "$corpus" "$n" 1 "$corpus.truth"
	fi
	bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
	articles=$(wc -l <"$corpus.truth")
	db="$out/cache-$n.db"
	printf '\n== %d files, %d articles, %.1f MB of text\n' "$n" "$articles" "$(echo "$bytes" | awk '{ print $1 / 1e6 }')"
	record "n$n.files" "$n"
	record "n$n.articles" "$articles"
	record "n$n.text_bytes" "$bytes"
	rm -f "$db" "$db-wal" "$db-shm"
	measure "n$n.import" "import" "$build/brief-import" --db "$db" "$corpus"
	brief_secs=$secs
	awk -v s="$secs" -v f="$n" -v a="$articles" -v b="$bytes" 'BEGIN {
		if (s > 0) printf "%-30s %8.0f files/s %7.0f articles/s %6.2f MB/s\n", "  rate", f / s, a / s, b / 1e6 / s }'
	record "n$n.import.articles_per_s" "$(awk -v s="$secs" -v a="$articles" 'BEGIN { print (s > 0 ? a / s : 0) }')"
	measure "n$n.reimport" "re-import (unchanged)" "$build/brief-import" --db "$db" "$corpus"
	# the same files' raw text into SQLite and FTS5 alone, per file and
	# batched by 1,000: what brief's extraction costs on top, as a ratio
	for batch in 1 1000; do
		rm -f "$out/base-$n.db" "$out/base-$n.db-wal" "$out/base-$n.db-shm"
		measure "n$n.baseline_$batch" "baseline, $batch per commit" "$out/baseline" "$out/base-$n.db" "$corpus" "$batch"
		ratio=$(awk -v b="$brief_secs" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0 ? b / s : 0) }')
		printf '%-30s %8sx\n' "  brief-import against it" "$ratio"
		record "n$n.import_vs_baseline_$batch" "$ratio"
	done
	rm -f "$out/base-$n.db" "$out/base-$n.db-wal" "$out/base-$n.db-shm"
	cp "$db" "$out/reextract.db"
	measure "n$n.reextract" "--reextract" "$build/brief-import" --db "$out/reextract.db" --reextract
	rm -f "$out/reextract.db" "$out/reextract.db-wal" "$out/reextract.db-shm"
	"$out/threadeval" "$db" "$corpus.truth"
	size=$(du -k "$db" | cut -f1)
	printf '%-30s %8s KiB\n' "cache size" "$size"
	record "n$n.cache_kib" "$size"
	record "n$n.cache_vs_text" "$(awk -v c="$size" -v b="$bytes" 'BEGIN { printf "%.2f", c * 1024 / b }')"
	"$out/dbsize" "$db" "$bytes" 8

	# an actor of middling fame (the 40th by stories): its timeline
	# through brief, and the files that name it by grep
	actor=$("$build/brief" --db "$db" actors | awk 'NR == 41 { sub(/^ *[0-9]+ +[a-z]+ +/, ""); print; exit }')
	t0=$(date +%s%N)
	"$build/brief" --db "$db" timeline --actor "$actor" >/dev/null
	t1=$(date +%s%N)
	grep -rlF -- "$actor" "$corpus" >/dev/null || true
	t2=$(date +%s%N)
	awk -v a="$actor" -v b=$(((t1 - t0) / 1000)) -v g=$(((t2 - t1) / 1000)) 'BEGIN {
		printf "%-30s %8.1f ms, grep -rl %.1f ms (%.0fx)\n", "timeline --actor \"" a "\"", b / 1000, g / 1000, g / b }'
	record "n$n.actor_timeline_ms" "$(((t1 - t0) / 1000000))"
	record "n$n.grep_ms" "$(((t2 - t1) / 1000000))"

	sh bench/reader.sh "$build/brief" "$db" "$out/reader-$n.txt"
	while read -r action median p99; do
		record "n$n.reader.$action.median_ms" "$median"
		record "n$n.reader.$action.p99_ms" "$p99"
	done <"$out/reader-$n.txt"
done

if [ "$big" != 10000 ]; then
	printf '\n%-18s %12s %12s %7s\n' "reader (median)" "10000 ms" "$big ms" "ratio"
	awk 'NR == FNR { small[$1] = $2; next } ($1 in small) {
		r = small[$1] > 0 ? $2 / small[$1] : 0; printf "%-18s %12.2f %12.2f %7.1f\n", $1, small[$1], $2, r }' \
		"$out/reader-10000.txt" "$out/reader-$big.txt"
fi

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

# results.json: every figure above under its key, with when and where
{
	printf '{\n  "date": "%s",\n  "machine": "%s, %s cores",\n  "command": "make bench BENCH_N=%s",\n  "figures": {\n' \
		"$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(uname -sm)" "$(nproc)" "$big"
	awk '{ sep = NR > 1 ? ",\n" : ""; printf "%s    \"%s\": %s", sep, $1, $2 } END { printf "\n" }' "$json"
	printf '  }\n}\n'
} >"$results"
printf '\nfigures in %s\n' "$results"
