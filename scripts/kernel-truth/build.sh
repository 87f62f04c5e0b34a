#!/usr/bin/env bash
# scripts/kernel-truth/build.sh -- the ground truth for kflags: real Kbuild
# builds whose per-object compile commands become test fixtures.
#
# Run by a developer, never by CI (CI only reads the fixtures it writes).
# See scripts/kernel-truth/README.md for what it needs and how long it takes.
#
# Usage:
#   scripts/kernel-truth/build.sh [STEP...]
# STEP is one of
#   A            part A: arch/x86/purgatory of 6.1 and 6.12, configs gcc,
#                clang-thinlto, clang-fulllto, clang-thinlto-profile, each
#                with the seed patch ("after", as Debian ships it) and
#                without it ("before", the seed's diff reversed)
#   A:TREE-CONFIG   one of those, e.g. A:6.12-clang-thinlto
#   B            part B: a broader sample of 6.12 (after state) for gcc and
#                clang-thinlto
#   B:CONFIG     one of those, e.g. B:gcc
#   check        checks the claims of kbuild-notes.md on part A's fixtures
# Without arguments: A, then B, then check.
#
# Environment (defaults in brackets):
#   WORK   work directory: sources, build directories, logs [/var/tmp/kernel-truth]
#   SEED   the seed patch text [/work/shared/seed/000_d6f8d81484415769.txt]
#   JOBS   make -j [2]; every make runs under `nice -n 10`
#
# What it does, per build (TREE in 6.1 6.12, B = $WORK/build/TREE-CONFIG):
#   1. extracts /usr/src/linux-source-TREE.tar.xz to $WORK/linux-source-TREE
#      once (never copied into the repository: GPL code from elsewhere);
#   2. configures B once (stamp file B/.kt-configured):
#      make O=B [LLVM=1] x86_64_defconfig; scripts/config --file B/.config
#      -e KEXEC_FILE [-e LTO_CLANG_THIN|-e LTO_CLANG_FULL -d LTO_NONE];
#      make O=B [LLVM=1] olddefconfig; and verifies the options landed;
#   3. make O=B [LLVM=1] [KCFLAGS=...] prepare
#   4. make O=B [LLVM=1] [KCFLAGS=...] V=1 DIR/   (log in $WORK/logs/)
#   5. writes test/fixtures/kernel-builds/TREE-CONFIG-STATE.json from the
#      .cmd files under B/DIR (see extract.py) and TREE-CONFIG.config.
# For "before" the seed's diff is reversed in $WORK/linux-source-TREE, steps
# 4-5 rerun in the same B (the purgatory objects rebuild because their
# command changed), and the diff is applied again (also on error).
# The profile config passes KCFLAGS=-fprofile-sample-use=$WORK/profile.afdo
# to prepare and to the build; the profile is a small text-format AutoFDO
# profile written and checked with clang here.
# Re-running is safe: configuration and extraction of sources are skipped
# when done, make rebuilds only what changed, fixtures are rewritten.
set -euo pipefail

WORK=${WORK:-/var/tmp/kernel-truth}
SEED=${SEED:-/work/shared/seed/000_d6f8d81484415769.txt}
JOBS=${JOBS:-2}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
FIX=$REPO/test/fixtures/kernel-builds
EXTRACT="python3 $HERE/extract.py"
PROFILE=$WORK/profile.afdo
LOGS=$WORK/logs
TREES=(6.1 6.12)
CONFIGS=(gcc clang-thinlto clang-fulllto clang-thinlto-profile)
SAMPLE_DIRS=(kernel/sched mm fs/ext4 lib net/ipv4 arch/x86/kernel drivers/char)

mkdir -p "$WORK/build" "$LOGS" "$FIX"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

timed() { # timed LABEL CMD... -- runs CMD, appends its duration to times.txt
  local label=$1; shift
  local t0=$SECONDS
  "$@"
  echo "$(date -u +%FT%TZ) $label $((SECONDS - t0))s" >> "$LOGS/times.txt"
}

srcdir() { echo "$WORK/linux-source-$1"; }

ensure_source() {
  local s; s=$(srcdir "$1")
  if [[ ! -f $s/Makefile ]]; then
    log "extracting /usr/src/linux-source-$1.tar.xz"
    (cd "$WORK" && tar xJf "/usr/src/linux-source-$1.tar.xz")
  fi
}

seed_diff() { # the diff part of the seed mail, without the signature
  if [[ ! -s $WORK/seed.diff ]]; then
    awk '/^diff --git/{on=1} on && /^-- $/{exit} on{print}' "$SEED" > "$WORK/seed.diff"
  fi
  echo "$WORK/seed.diff"
}

patch_state() { # after | before, read from the purgatory Makefile
  if grep -qF 'KBUILD_CFLAGS := $(filter-out $(CC_FLAGS_LTO),$(KBUILD_CFLAGS))' \
       "$(srcdir "$1")/arch/x86/purgatory/Makefile"; then
    echo after
  else
    echo before
  fi
}

set_state() { # set_state TREE after|before
  local tree=$1 want=$2 d
  d=$(seed_diff)
  [[ $(patch_state "$tree") == "$want" ]] && return 0
  log "$tree: patch state -> $want"
  if [[ $want == before ]]; then
    (cd "$(srcdir "$tree")" && patch -R -p1 --no-backup-if-mismatch < "$d" >&2)
  else
    (cd "$(srcdir "$tree")" && patch -p1 --no-backup-if-mismatch < "$d" >&2)
  fi
  [[ $(patch_state "$tree") == "$want" ]]
}

restore_after() {
  local t
  for t in "${TREES[@]}"; do
    [[ -f $(srcdir "$t")/Makefile ]] && set_state "$t" after || true
  done
}
trap restore_after EXIT

ensure_profile() {
  if [[ ! -s $PROFILE ]]; then
    # Text-format sample profile: "function:total_samples:head_samples",
    # then " line_offset: samples" lines.
    printf '%s\n' 'purgatory:100:10' ' 1: 10' ' 2: 10' \
      'sha256_update:100:10' ' 1: 10' > "$PROFILE"
  fi
  local t; t=$(mktemp -d)
  printf 'int purgatory(void) { return 0; }\n' > "$t/p.c"
  clang -O2 -fprofile-sample-use="$PROFILE" -c "$t/p.c" -o "$t/p.o" \
    || { echo "clang rejects $PROFILE" >&2; exit 1; }
  rm -rf "$t"
}

# Variables given to make, per config: for configuration, and for builds.
cfg_args() {
  case $1 in
    gcc) ;;
    clang-*) echo LLVM=1 ;;
  esac
}
build_args() {
  case $1 in
    gcc) ;;
    clang-thinlto-profile) echo LLVM=1; echo "KCFLAGS=-fprofile-sample-use=$PROFILE" ;;
    clang-*) echo LLVM=1 ;;
  esac
}

kmake() { # kmake TREE BUILDDIR LOG ARGS... -- make in the source tree
  local tree=$1 b=$2 lg=$3; shift 3
  log "make O=$b $* (log: $lg)"
  if ! (cd "$(srcdir "$tree")" && nice -n 10 make O="$b" -j"$JOBS" "$@") > "$lg" 2>&1; then
    echo "make failed, see $lg:" >&2; tail -20 "$lg" >&2; return 1
  fi
}

configure() { # configure TREE CONFIG
  local tree=$1 cfg=$2 b=$WORK/build/$1-$2 s; s=$(srcdir "$tree")
  local -a ca; mapfile -t ca < <(cfg_args "$cfg")
  if [[ -f $b/.kt-configured && -f $b/.config ]]; then return 0; fi
  mkdir -p "$b"
  kmake "$tree" "$b" "$LOGS/$tree-$cfg-config.log" "${ca[@]}" x86_64_defconfig
  local -a opts=(-e KEXEC_FILE)
  case $cfg in
    clang-thinlto|clang-thinlto-profile) opts+=(-e LTO_CLANG_THIN -d LTO_NONE) ;;
    clang-fulllto) opts+=(-e LTO_CLANG_FULL -d LTO_NONE) ;;
  esac
  "$s/scripts/config" --file "$b/.config" "${opts[@]}"
  kmake "$tree" "$b" "$LOGS/$tree-$cfg-olddefconfig.log" "${ca[@]}" olddefconfig
  grep -qx 'CONFIG_KEXEC_FILE=y' "$b/.config"
  case $cfg in
    clang-thinlto|clang-thinlto-profile)
      grep -qx 'CONFIG_LTO_CLANG_THIN=y' "$b/.config" \
        || { echo "CONFIG_LTO_CLANG_THIN=y did not stick in $b/.config" >&2; exit 1; } ;;
    clang-fulllto)
      grep -qx 'CONFIG_LTO_CLANG_FULL=y' "$b/.config" \
        || { echo "CONFIG_LTO_CLANG_FULL=y did not stick in $b/.config" >&2; exit 1; } ;;
  esac
  touch "$b/.kt-configured"
}

compiler_of() {
  case $1 in gcc) gcc --version | head -n1 ;; *) clang --version | head -n1 ;; esac
}

fixture() { # fixture TREE CONFIG STATE NAME DIR...
  local tree=$1 cfg=$2 state=$3 name=$4; shift 4
  local b=$WORK/build/$tree-$cfg s; s=$(srcdir "$tree")
  local -a ba; mapfile -t ba < <(build_args "$cfg")
  local -a margs=() dargs=()
  local a d
  for a in "${ba[@]}"; do margs+=(--make-arg "$a"); done
  for d in "$@"; do dargs+=(--dir "$d"); done
  cp "$b/.config" "$FIX/$tree-$cfg.config"
  $EXTRACT fixture --srctree "$s" --objtree "$b" --tree "$tree" \
    --release "$(make -s -C "$s" kernelversion)" --config "$cfg" --state "$state" \
    --dotconfig "$tree-$cfg.config" --compiler "$(compiler_of "$cfg")" \
    "${margs[@]}" "${dargs[@]}" --out "$FIX/$name.json"
}

partA() { # partA TREE CONFIG
  local tree=$1 cfg=$2 b=$WORK/build/$1-$2 state
  local -a ba; mapfile -t ba < <(build_args "$cfg")
  ensure_source "$tree"
  [[ $cfg == *profile* ]] && ensure_profile
  set_state "$tree" after
  timed "A:$tree-$cfg:configure" configure "$tree" "$cfg"
  timed "A:$tree-$cfg:prepare" kmake "$tree" "$b" "$LOGS/$tree-$cfg-prepare.log" "${ba[@]}" prepare
  for state in after before; do
    set_state "$tree" "$state"
    timed "A:$tree-$cfg-$state:purgatory" kmake "$tree" "$b" \
      "$LOGS/$tree-$cfg-$state-purgatory.log" "${ba[@]}" V=1 arch/x86/purgatory/
    fixture "$tree" "$cfg" "$state" "$tree-$cfg-$state" arch/x86/purgatory
    # The seed's symptom: LTO bitcode and many .text* sections in purgatory.ro.
    echo "$(date -u +%FT%TZ) $tree-$cfg-$state: purgatory.o is" \
      "$(file -b "$b/arch/x86/purgatory/purgatory.o" | cut -d, -f1);" \
      "purgatory.ro has $(readelf -SW "$b/arch/x86/purgatory/purgatory.ro" | grep -c ' \.text') .text* sections" \
      >> "$LOGS/purgatory-sections.txt"
    if [[ $tree-$cfg-$state == 6.12-clang-thinlto-after ]]; then
      python3 "$(srcdir "$tree")/scripts/clang-tools/gen_compile_commands.py" \
        -d "$b" -o "$WORK/cc.json"
      $EXTRACT compile-commands --srctree "$(srcdir "$tree")" --objtree "$b" \
        --in "$WORK/cc.json" --dir arch/x86/purgatory \
        --out "$FIX/6.12-clang-thinlto-after.compile_commands.json"
    fi
  done
  set_state "$tree" after
}

partB() { # partB CONFIG -- reuses part A's build directory of 6.12-CONFIG
  local tree=6.12 cfg=$1 b=$WORK/build/6.12-$1 d
  local -a ba; mapfile -t ba < <(build_args "$cfg")
  ensure_source "$tree"
  set_state "$tree" after
  timed "B:$tree-$cfg:configure" configure "$tree" "$cfg"
  timed "B:$tree-$cfg:prepare" kmake "$tree" "$b" "$LOGS/$tree-$cfg-prepare.log" "${ba[@]}" prepare
  for d in "${SAMPLE_DIRS[@]}"; do
    timed "B:$tree-$cfg:$d" kmake "$tree" "$b" \
      "$LOGS/$tree-$cfg-sample-${d//\//_}.log" "${ba[@]}" V=1 "$d/"
  done
  fixture "$tree" "$cfg" after "$tree-$cfg-sample" "${SAMPLE_DIRS[@]}"
}

check() {
  $EXTRACT check-purgatory "$FIX"
}

# Everything runs from main, which bash parses completely before running it:
# editing this file while it runs cannot derail the running instance.
main() {
  local -a steps=("$@")
  local step x t c
  [[ ${#steps[@]} -eq 0 ]] && steps=(A B check)
  for step in "${steps[@]}"; do
    case $step in
      A) for t in "${TREES[@]}"; do for c in "${CONFIGS[@]}"; do partA "$t" "$c"; done; done ;;
      A:*) x=${step#A:}; partA "${x%%-*}" "${x#*-}" ;;
      B) partB gcc; partB clang-thinlto ;;
      B:*) partB "${step#B:}" ;;
      check) check ;;
      *) echo "unknown step $step" >&2; exit 2 ;;
    esac
  done
  log done
}
main "$@"; exit $?
