#!/bin/sh
# make fuzz: run each harness for FUZZ_SECONDS from a corpus seeded with
# its kept inputs (tests/fuzz/NAME.inputs), FUZZ_JOBS at a time, then the
# long monkey test; print executions and coverage per harness.  An input
# that crashes a harness is left in $BRIEF_BUILD/crashes: keep it in
# tests/fuzz/regress/NAME/ so `make check` replays it from then on.
set -u
build=${BRIEF_BUILD:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
mkdir -p "$build/corpus" "$build/crashes" "$build/logs"

one() {
	name=$1
	corpus="$build/corpus/$name"
	mkdir -p "$corpus"
	grep -v '^#' "tests/fuzz/$name.inputs" | while read -r path; do
		[ -e "$path" ] || continue
		if [ -d "$path" ]; then
			find "$path" -type f -exec cp {} "$corpus/" \;
		else
			cp "$path" "$corpus/"
		fi
	done
	# a harness may ask for shorter inputs: "# max_len: N" in its list
	max_len=$(sed -n 's/^# max_len: *//p' "tests/fuzz/$name.inputs")
	BRIEF_SRC=. "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-max_len="${max_len:-65536}" -print_final_stats=1 -artifact_prefix="$build/crashes/$name-" "$corpus" \
		>"$build/logs/$name.log" 2>&1
	echo $? >"$build/logs/$name.status"
}

if [ "${1:-}" = --one ]; then
	one "$2"
	exit 0
fi
printf '%s\n' "$@" | xargs -P "$jobs" -I{} sh "$0" --one {}

status=0
printf '%-12s %12s %10s %8s %8s  %s\n' HARNESS EXECUTIONS EXEC/S COVERAGE FEATURES RESULT
for name in "$@"; do
	log="$build/logs/$name.log"
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
	ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
	if [ "$(cat "$build/logs/$name.status")" = 0 ]; then
		result=ok
	else
		result="CRASH: $(ls "$build/crashes" | grep "^$name-" | head -n 1)"
		status=1
	fi
	printf '%-12s %12s %10s %8s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done

# the reader under random keys, clicks, resizes and searches, at length
BRIEF_BUILD=$build BRIEF_SRC=. BRIEF_MONKEY_RUNS=${FUZZ_MONKEY_RUNS:-40} BRIEF_MONKEY_STEPS=${FUZZ_MONKEY_STEPS:-2000} \
	"$build/tests/ui/test_monkey" >"$build/logs/monkey.log" 2>&1
if [ $? = 0 ]; then
	echo "monkey: $(grep -c "^# run" "$build/logs/monkey.log") runs ok"
else
	echo "monkey: FAILED (see $build/logs/monkey.log)"
	status=1
fi
exit $status
