#!/usr/bin/env bash
# scripts/kernel-truth/randconfig-sweep.sh -- random configs (x86_64, or
# ARCH's), each
# made into a dry-run fixture (dry-run.sh) in a scratch directory and compared
# with kflags' scan of it (scancmp.mjs). A developer's tool, never CI's.
#
#   npm run build && scripts/kernel-truth/randconfig-sweep.sh SEED...
# SEED: a number (gcc), NUMBER-clang (LLVM=1), NUMBER-32 (a 32-bit x86
# config: ALLCONFIG with CONFIG_64BIT unset), NUMBER-32-clang. Environment: VERSION (6.12),
# SRC (/var/tmp/ksrc/linux-source-VERSION), OUT (/var/tmp/randcfg),
# PROBABILITY (KCONFIG_PROBABILITY, default 20), ALLCONFIG
# (randconfig.allconfig beside this script), JOBS (2), EXTRA_ARGS (more
# make arguments, as dry-run.sh takes them) with TAG (appended to the name),
# ARCH (another architecture: riscv, powerpc, mips, arm64, ...; seeds then
# need -clang, except arm64 with Debian's cross gcc: a plain seed with
# EXTRA_ARGS=CROSS_COMPILE=aarch64-linux-gnu- TAG=-gcc; the config is also made without the
# stack protector, whose per-task offset arm64, arm, riscv and powerpc read
# from a built asm-offsets.h, and the name is VERSION-ARCH-randSEED).
# Writes OUT/fixtures/VERSION-randSEED.config and .dry-run.json.gz (copy both
# into test/fixtures/kernel-builds to keep one) and OUT/fixtures/VERSION-randSEED.cmp.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
VERSION=${VERSION:-6.12}
SRC=${SRC:-/var/tmp/ksrc/linux-source-$VERSION}
OUT=${OUT:-/var/tmp/randcfg}
PROBABILITY=${PROBABILITY:-20}
ALLCONFIG=${ALLCONFIG:-$here/randconfig.allconfig}
ARCH=${ARCH:-}
mkdir -p "$OUT/fixtures" "$OUT/gen" "$OUT/work"
if [[ -n $ARCH ]]; then
  { cat "$ALLCONFIG"; echo '# CONFIG_STACKPROTECTOR is not set'; } > "$OUT/gen/allconfig-$ARCH"
  ALLCONFIG=$OUT/gen/allconfig-$ARCH
fi
for seed in "$@"; do
  n=${seed%%-*}
  allconfig=$ALLCONFIG
  if [[ $seed == *-32* ]]; then
    allconfig=$OUT/gen/allconfig-32${ARCH:+-$ARCH}
    sed 's/^CONFIG_64BIT=y$/# CONFIG_64BIT is not set/' "$ALLCONFIG" > "$allconfig"
  fi
  args=()
  [[ -n $ARCH ]] && args+=(ARCH="$ARCH")
  [[ $seed == *-clang ]] && args+=(LLVM=1)
  # shellcheck disable=SC2206
  args+=(${EXTRA_ARGS:-})
  name=${ARCH:+$ARCH-}rand$seed${TAG:-}
  G=$OUT/gen/$VERSION-$name
  rm -rf "$G" && mkdir -p "$G"
  { nice -n 19 make -C "$SRC" O="$G" "${args[@]}" KCONFIG_SEED="$n" KCONFIG_PROBABILITY="$PROBABILITY" KCONFIG_ALLCONFIG="$allconfig" randconfig &&
    nice -n 19 make -C "$SRC" O="$G" "${args[@]}" olddefconfig; } > "$G.log" 2>&1 || { echo "$VERSION-$name: randconfig failed ($G.log)"; continue; }
  cp "$G/.config" "$OUT/fixtures/$VERSION-$name.config"
  if ! ARCH=$ARCH FIXTURES=$OUT/fixtures WORK=$OUT/work VERSION=$VERSION SRC=$SRC nice -n 19 "$here/dry-run.sh" "$name" > "$OUT/work/$VERSION-$name.sweep.log" 2>&1; then
    echo "$VERSION-$name: dry-run.sh failed ($OUT/work/$VERSION-$name.sweep.log)"; continue
  fi
  nice -n 19 node "$here/scancmp.mjs" "$OUT/fixtures/$VERSION-$name.dry-run.json.gz" "$SRC" | tee "$OUT/fixtures/$VERSION-$name.cmp"
done
