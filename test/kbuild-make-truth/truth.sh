#!/usr/bin/env bash
# Ground truth for kflags' Kbuild mode: let GNU make evaluate the kflags
# fragments, a profile and the example purgatory makefile, and print the
# compiler flags of every object.
#
# usage: truth.sh PROFILE [unpatched|patched] [--patch FILE] [NAME=VALUE ...]
#   PROFILE   gcc, clang, clang-thinlto, clang-fulllto, clang-thinlto-profile,
#             clang-thinlto-profile-use (src/kbuild/fragments/profiles/*.mk)
#   state     unpatched (default): examples/purgatory/Makefile as is;
#             patched: with examples/purgatory/remove-lto-flags.patch (or
#             --patch FILE, e.g. the upstream mail) applied by patch(1)
#   NAME=VALUE  passed to make as command-line variables (KCFLAGS=..., ...)
#
# Output: "<object>: <flags>" per object, e.g.
#   arch/x86/purgatory/purgatory.o: -Wp,-MMD,... -fno-lto ...
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
fragments=$root/src/kbuild/fragments
example=$root/examples/purgatory
obj=arch/x86/purgatory

if [ $# -lt 1 ]; then
  sed -n '5,14p' "$0" >&2
  exit 2
fi
profile=$1; shift
state=unpatched
patchfile=$example/remove-lto-flags.patch
if [ $# -gt 0 ] && { [ "$1" = patched ] || [ "$1" = unpatched ]; }; then
  state=$1; shift
fi
if [ $# -gt 1 ] && [ "$1" = --patch ]; then
  patchfile=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2
fi

profile_mk=$fragments/profiles/$profile.mk
[ -f "$profile_mk" ] || { echo "truth.sh: no profile $profile_mk" >&2; exit 2; }

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/$obj"
cp "$example"/Makefile "$example"/*.c "$example"/*.S "$tree/$obj/"
if [ "$state" = patched ]; then
  (cd "$tree" && patch -s -p1 < "$patchfile") >/dev/null 2>&1 || {
    echo "truth.sh: $patchfile does not apply to $obj/Makefile" >&2; exit 1; }
fi

# Like kflags eval: no environment (env -i), no built-in rules or variables.
cd "$tree"
env -i PATH="$PATH" /usr/bin/make -s -R -r --no-print-directory \
  -f "$here/driver.mk" \
  KFLAGS_FRAGMENTS="$fragments" KFLAGS_PROFILE="$profile_mk" obj="$obj" "$@"
