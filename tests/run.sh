#!/bin/sh
# Run every test program, read its TAP output (cmocka), and end with the
# line "N passed, N failed, N skipped".  A program that dies before reporting
# all its planned tests counts the missing ones as failed.
set -u
# the data and themes of the source tree, wherever the build is (BUILD=)
export BRIEF_DATA_DIR="${BRIEF_DATA_DIR:-${BRIEF_SRC:-.}/data}"
export BRIEF_THEMES_DIR="${BRIEF_THEMES_DIR:-${BRIEF_SRC:-.}/themes}"
passed=0 failed=0 skipped=0
for test in "$@"; do
	name=${test#"${BRIEF_BUILD:-build}/tests/"}
	if [ -n "${BRIEF_VALGRIND:-}" ]; then
		out=$(CMOCKA_MESSAGE_OUTPUT=TAP valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
			--error-exitcode=99 "$test" 2>&1)
	else
		out=$(CMOCKA_MESSAGE_OUTPUT=TAP "$test" 2>&1)
	fi
	status=$?
	plan=$(printf '%s\n' "$out" | sed -n 's/^1\.\.\([0-9][0-9]*\).*/\1/p' | head -n 1)
	ok=$(printf '%s\n' "$out" | grep -c '^ok ')
	skip=$(printf '%s\n' "$out" | grep -c '^not ok .*# SKIP')
	bad=$(( $(printf '%s\n' "$out" | grep -c '^not ok') - skip ))
	seen=$((ok + skip + bad))
	if [ -n "$plan" ] && [ "$seen" -lt "$plan" ]; then
		bad=$((bad + plan - seen))
	elif [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=$((bad + 1))
	fi
	passed=$((passed + ok)) failed=$((failed + bad)) skipped=$((skipped + skip))
	if [ "$bad" -gt 0 ]; then
		printf 'FAIL %s (exit %d)\n' "$name" "$status"
		printf '%s\n' "$out" | grep -v '^ok ' | sed 's/^/    /'
	else
		printf '  ok %s: %d passed%s\n' "$name" "$ok" "$([ "$skip" -gt 0 ] && echo ", $skip skipped")"
		printf '%s\n' "$out" | grep '^not ok .*# SKIP' | sed 's/^/    /'
	fi
done
if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
