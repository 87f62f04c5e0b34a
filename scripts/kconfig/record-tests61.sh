#!/bin/sh
# Records the real 6.1 conf's `--olddefconfig` on small Kconfig files (6.1's own
# scripts/kconfig/tests/*/Kconfig and test/fixtures/kconfig/tests-6.1/extra/Kconfig)
# for every input in test/fixtures/kconfig/tests-6.1/inputs/ and the tests' own configs:
# tristate and optional choices, choice conflicts, out-of-range values, which
# the kernel's Kconfig files do not reach. Writes tests-6.1/out/DIR.INPUT.{config,auto.conf}.
# Usage: scripts/kconfig/record-tests61.sh [KSRC_DIR]   (default /var/tmp/ksrc)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
t=$here/test/fixtures/kconfig/tests-6.1
ksrc=${1:-/var/tmp/ksrc}/linux-source-6.1
work=${WORK:-/var/tmp/kconfig-work}/tests61
rm -rf "$work"
mkdir -p "$work" "$t/out"
# conf itself, built by the tree's make
mkdir -p "$work/build"
: > "$work/build/.config"
nice -n 19 make -s -C "$ksrc" O="$work/build" olddefconfig >/dev/null
conf=$work/build/scripts/kconfig/conf
rm -f "$t"/out/*
for d in choice choice_value_with_m_dep inter_choice new_choice_with_dep no_write_if_dep_unmet auto_submenu extra; do
  case $d in extra) src=$t/extra ;; *) src=$ksrc/scripts/kconfig/tests/$d ;; esac
  for input in "$t"/inputs/*.config "$ksrc"/scripts/kconfig/tests/*/config "$ksrc"/scripts/kconfig/tests/*/defconfig; do
    case $input in */inputs/*) n=$(basename "$input" .config) ;; *) n=$(basename "$(dirname "$input")")-$(basename "$input") ;; esac
    r=$work/$d.$n
    mkdir -p "$r"
    cp "$input" "$r/.config"
    (cd "$r" && srctree=$src KCONFIG_CONFIG=.config nice -n 19 "$conf" -s --olddefconfig "$src/Kconfig" >/dev/null 2>&1)
    cp "$r/.config" "$t/out/$d.$n.config"
    cp "$r/include/config/auto.conf" "$t/out/$d.$n.auto.conf"
  done
done
echo "recorded $(ls "$t"/out/*.auto.conf | wc -l) cases"
