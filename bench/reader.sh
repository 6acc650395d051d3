#!/bin/sh
# bench/reader.sh BRIEF DB OUT: the reader on a cache, through script mode
# with nothing drawn to a terminal.  For each action, the median and 99th
# percentile in milliseconds over REPS repetitions (a key timed from its
# reading to the next read: handled and drawn), then the first frame (a
# whole run that opens the cache, draws once and quits) and the peak RSS of
# the whole script.  Lines "action median p99" go to OUT, and a table to
# stdout.
set -eu
brief=$1
db=$2
out=$3
reps=${REPS:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
script=$dir/script

# keys that set up, one timed key, keys that undo it; REPS times
timed() { # label, setup, key, undo
	i=0
	while [ "$i" -lt "$reps" ]; do
		[ -z "$2" ] || echo "$2"
		echo ":time $1"
		echo "$3"
		echo ":time"
		[ -z "$4" ] || echo "$4"
		i=$((i + 1))
	done >>"$script"
}

: >"$script"
timed down "" j ""
timed up "" k ""
timed page-down "" "<PgDn>" ""
timed end-of-articles "" G g
timed open 1j "<Enter>" ""
timed related "" "]" ""
timed next-pane "" "<Tab>" "<S-Tab>"
timed whole-timeline 1 T ""
timed timeline-end "" G g
echo a >>"$script" # every actor, most stories first
timed actor-down "" j ""
echo g >>"$script"
timed actor-stories 3 "<Enter>" q
timed actor-timeline 3 t ""
# a common word of news, then a rarer one; q clears the search
timed search-common 1/said "<Enter>" q
timed search-rare 1/ceasefire "<Enter>" q

times=$dir/times
BRIEF_SCRIPT_TIMES=$times LINES=50 COLUMNS=160 /usr/bin/time -f "%M" -o "$dir/rss" \
	"$brief" --db "$db" --script "$script" --no-display >/dev/null 2>"$dir/err" || {
	cat "$dir/err" >&2
	exit 1
}

# the first frame: a run that draws once and quits, best of five
echo ":dump $dir/screen" >"$dir/first"
best=""
for i in 1 2 3 4 5; do
	t0=$(date +%s%N)
	LINES=50 COLUMNS=160 "$brief" --db "$db" --script "$dir/first" --no-display >/dev/null 2>&1
	t1=$(date +%s%N)
	ms=$(((t1 - t0) / 1000000))
	if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done

awk -F '\t' -v first="$best" -v rss="$(tail -n 1 "$dir/rss")" '
	{ v[$1, ++n[$1]] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
	END {
		printf "%-18s %9s %9s\n", "action", "median ms", "p99 ms"
		for (i = 1; i <= k; i++) {
			a = order[i]; m = n[a]
			for (x = 1; x <= m; x++) s[x] = v[a, x]
			for (x = 2; x <= m; x++) for (y = x; y > 1 && s[y - 1] > s[y]; y--) { t = s[y]; s[y] = s[y - 1]; s[y - 1] = t }
			med = s[int((m + 1) / 2)]; p99 = s[int(m * 0.99 + 0.999)]
			printf "%-18s %9.2f %9.2f\n", a, med, p99
			printf "%s %.3f %.3f\n", a, med, p99 > "/dev/stderr"
		}
		printf "%-18s %9d\n%-18s %9d KiB\n", "first frame", first, "peak RSS", rss
		printf "first-frame %d %d\npeak-rss-kib %d %d\n", first, first, rss, rss > "/dev/stderr"
	}' "$times" 2>"$out"
