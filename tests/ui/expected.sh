#!/bin/sh
# make expected: the first screen of the reader on the samples, written
# anew into tests/ui/expected/ after a deliberate change of the screen, in
# the environment the screen tests give it.  Read the new file (git diff)
# before committing it; make check only compares.
set -eu
build=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unset XDG_DATA_HOME XDG_CONFIG_HOME BRIEF_DB
export HOME="$dir" LANG=C.UTF-8 TZ=UTC COLUMNS=120 LINES=30 TERM=xterm-256color
export BRIEF_DATA_DIR="$PWD/data" BRIEF_THEMES_DIR="$PWD/themes"
"$build/brief-import" -q --db "$dir/cache.db" data/samples 2>/dev/null
printf ':dump %s/first\n' "$dir" >"$dir/script"
"$build/brief" --db "$dir/cache.db" --script "$dir/script" --no-display
cp "$dir/first" tests/ui/expected/first-120x30.txt
echo "tests/ui/expected/first-120x30.txt written; read it (git diff) before committing it"
