#!/bin/sh
# Make sure the libraries named by their pkg-config modules are installed.
# As root the missing Debian packages are installed; otherwise the exact
# apt-get line is printed and the build stops.
set -u
PKG_CONFIG=${PKG_CONFIG:-pkg-config}

package_of() {
	case $1 in
	ncursesw) echo libncurses-dev ;;
	sqlite3) echo libsqlite3-dev ;;
	yaml-0.1) echo libyaml-dev ;;
	zlib) echo zlib1g-dev ;;
	cmocka) echo libcmocka-dev ;;
	*) echo "$1" ;;
	esac
}

missing=""
command -v "$PKG_CONFIG" >/dev/null 2>&1 || missing="pkg-config"
for module in "$@"; do
	if ! command -v "$PKG_CONFIG" >/dev/null 2>&1 || ! "$PKG_CONFIG" --exists "$module"; then
		missing="$missing $(package_of "$module")"
	fi
done
missing=$(echo $missing)
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing missing packages: $missing"
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	if apt-get install -y --no-install-recommends $missing ||
		{ apt-get update && apt-get install -y --no-install-recommends $missing; }; then
		exit 0
	fi
	echo "Installing failed. Install them by hand:" >&2
else
	echo "brief needs Debian packages that are not installed. Install them with:" >&2
fi
echo "  sudo apt-get install $missing" >&2
exit 1
