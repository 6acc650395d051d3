#!/bin/sh
# mk/install.sh BUILD DESTDIR PREFIX: what make install puts where, so a
# test can install into a folder of its own the same way.  The programs
# find their data in PREFIX/share/brief beside their own folder, so an
# installed tree works wherever it is put.
set -eu
build=$1 dest=$2 prefix=$3
bin=$dest$prefix/bin data=$dest$prefix/share/brief man=$dest$prefix/share/man
install -d "$bin" "$data/themes" "$man/man1" "$man/man5" \
	"$dest$prefix/share/bash-completion/completions" "$dest$prefix/share/zsh/site-functions"
install -m 755 "$build/brief" "$build/brief-import" "$bin/"
install -m 644 data/actors.yaml data/ner.model data/pos.model data/config.yaml "$data/"
install -m 644 themes/*.yaml "$data/themes/"
cp -R data/samples "$data/"
install -m 644 man/brief.1 man/brief-import.1 "$man/man1/"
install -m 644 man/brief.5 "$man/man5/"
install -m 644 completion/brief.bash "$dest$prefix/share/bash-completion/completions/brief"
install -m 644 completion/brief.bash "$dest$prefix/share/bash-completion/completions/brief-import"
install -m 644 completion/_brief "$dest$prefix/share/zsh/site-functions/_brief"
