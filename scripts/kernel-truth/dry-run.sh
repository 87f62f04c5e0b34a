#!/usr/bin/env bash
# scripts/kernel-truth/dry-run.sh -- every object's compile command of a
# whole build as GNU make expands it, without compiling the kernel: the
# fixtures test/fixtures/kernel-builds/VERSION-NAME.dry-run.json.gz.
#
# Run by a developer, never by CI. Usage:
#   scripts/kernel-truth/dry-run.sh NAME...      NAME: gcc clang-thinlto tiny allmod gcc-w1 gcc-intree
# Environment: VERSION (6.12 or 6.1; default 6.12), SRC (default
# /var/tmp/ksrc/linux-source-VERSION, an extracted linux-source-VERSION),
# WORK (default /var/tmp/kernel-truth/dry-run), JOBS (2), FIXTURES (default
# test/fixtures/kernel-builds: where VERSION-CONFIG.config is read and the
# fixture written; scripts/kernel-truth/randconfig-sweep.sh points it at a
# scratch directory), EXTRA_ARGS (more make arguments for every make, e.g.
# "W=2 KCFLAGS=-O3": word-split, recorded in the fixture's makeArgs).
#
# NAME is a config, test/fixtures/kernel-builds/VERSION-CONFIG.config, with
# `-w1` for a build with W=1 (the extra warnings: Makefile.extrawarn's
# probes and flags). A config named clang-* or *-clang builds with LLVM=1,
# one named cc-clang* with CC=clang alone (clang with GNU as and ld),
# one named arm64-* (arm-*, riscv-*, powerpc-*, mips-*, um-*, loongarch-*)
# with that ARCH (clang cross-compiles with LLVM=1; the arm64 config has no
# stack protector, whose offset only a build knows). ARCH in the environment
# gives any other config that ARCH (randconfig-sweep.sh passes it).
# The fixture records the config and make's arguments.
#
# Per NAME, in B = $WORK/VERSION-NAME:
#   1. make O=B olddefconfig; make O=B tools/objtool (a dry run still runs
#      objtool's own make, which needs its build directory and libsubcmd);
#   2. make O=B -n -k before prepare: what prepare compiles too (the host
#      programs of scripts/mod and arch/x86/tools, scripts/mod/empty.o), which
#      a prepared directory has already built;
#   3. make O=B prepare, then make O=B -n -k: every kernel object (before
#      prepare, objects whose sources a host tool generates cannot be reached);
#   4. the boot image's sub-make, which bzImage's recipe runs once vmlinux is
#      linked (a dry run never links it): the same recipe line
#      (`$(Q)$(MAKE) $(build)=$(boot) $(KBUILD_IMAGE)`) as the recipe of a
#      goal in a makefile given after the top level's, in the make that
#      reads the top level in B (sub_make_done=1, as the first make exports),
#      with an empty vmlinux and EFI stub library standing in (removed after);
#      for an ARCH whose image is not `$(build)=$(boot) $(KBUILD_IMAGE)`
#      (powerpc's zImage, mips' vmlinuz, um's linux), that make's default goal
#      with `-o vmlinux` instead: vmlinux counts as made, and every recipe
#      that waits for it runs (the rest of the build is printed again, and
#      the main dry run's command counts);
#   5. dry-run.mjs merges the three (an object in two must have one command).
# clang-thinlto gets LLVM=1 on every make.
set -euo pipefail
shopt -s extglob
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
VERSION=${VERSION:-6.12}
SRC=${SRC:-/var/tmp/ksrc/linux-source-$VERSION}
WORK=${WORK:-/var/tmp/kernel-truth/dry-run}
JOBS=${JOBS:-2}
FIXTURES=${FIXTURES:-$repo/test/fixtures/kernel-builds}
# An empty ARCH in the environment (randconfig-sweep.sh's ARCH=$ARCH for x86)
# would be make's ARCH, empty (the top level's `ARCH ?=` keeps it): arch//Makefile.
[[ -n ${ARCH:-} ]] || unset ARCH
for run in "$@"; do
  name=$VERSION-$run
  config=${run%-w1}
  config=${config%-intree}
  B=$WORK/$name
  # NAME-intree: the build in the source tree itself (no O=), as many developers
  # build. make writes into the tree it builds, so it builds a copy of SRC
  # made of hard links (new files only: Kbuild never rewrites a source file).
  S=$SRC
  if [[ $run == *-intree ]]; then
    rm -rf "$B" && mkdir -p "$B"
    cp -al "$SRC" "$B/linux"
    S=$B/linux B=$B/linux
  fi
  args=()
  case $config in arm64-* | arm-* | riscv-* | powerpc-* | mips-* | um-* | loongarch-*) args+=(ARCH=${config%%-*}) ;;
    *) [[ -n ${ARCH:-} ]] && args+=(ARCH=$ARCH) ;;
  esac
  if [[ $config == cc-clang* ]]; then args+=(CC=clang)
  elif [[ $config == clang-* || $config == *-clang* ]]; then args+=(LLVM=1); fi
  [[ $run == *-w1 ]] && args+=(W=1)
  # shellcheck disable=SC2206
  args+=(${EXTRA_ARGS:-})
  # Out of the tree: O=B; in it, make runs in the copy (-C S, S = B).
  oarg=(O="$B")
  if [[ $S == "$B" ]]; then oarg=(); else rm -rf "$B" && mkdir -p "$B"; fi
  cp "$FIXTURES/$VERSION-$config.config" "$B/.config"
  nice -n 10 make -C "$S" "${oarg[@]}" "${args[@]}" olddefconfig > "$WORK/$name.configure.log" 2>&1
  cmp -s "$B/.config" "$FIXTURES/$VERSION-$config.config" || { echo "$name: olddefconfig changed the .config" >&2; exit 1; }
  # (x86 only, ARCH=x86_64 and ARCH=i386 too: the others build no objtool.)
  [[ " ${args[*]} " == *" ARCH="* && " ${args[*]} " != *" ARCH="@(x86|x86_64|i386)" "* ]] || nice -n 10 make -C "$S" "${oarg[@]}" "${args[@]}" -j"$JOBS" tools/objtool > "$WORK/$name.objtool.log" 2>&1
  nice -n 10 make -C "$S" "${oarg[@]}" "${args[@]}" -n -k > "$WORK/$name.before-prepare.txt" 2> "$WORK/$name.before-prepare.err" || true
  nice -n 10 make -C "$S" "${oarg[@]}" "${args[@]}" -j"$JOBS" prepare > "$WORK/$name.prepare.log" 2>&1
  nice -n 10 make -C "$S" "${oarg[@]}" "${args[@]}" -n -k > "$WORK/$name.dry-run.txt" 2> "$WORK/$name.dry-run.err" || true
  # After prepare, as in a build: a recipe of prepare's that changes the
  # top level's variables with $(eval) (arm's stack protector flags) has run.
  printf 'kflags-image: prepare\n\t$(Q)$(MAKE) $(build)=$(boot) $(KBUILD_IMAGE)\n' > "$WORK/image.mk"
  # What the image is made from exists, empty, for this dry run only: make
  # then prints what it would do with it (objcopy, nm, mkpiggy) and the
  # compiles that wait for it (header.o: zoffset.h, misc.o: voffset.h, piggy.o).
  fakes=("$B/vmlinux" "$B/drivers/firmware/efi/libstub/lib.a")
  # arm's decompressor reads ../Image, which the boot make has objcopied by then.
  [[ " ${args[*]} " == *" ARCH=arm "* ]] && fakes+=("$B/arch/arm/boot/Image")
  for f in "${fakes[@]}"; do [[ -e $f ]] || { mkdir -p "$(dirname "$f")"; touch "$f"; }; done
  # The first make's exports that reach the make reading the top level in B
  # (the top level's `ifneq ($(sub_make_done),1)` part): W=1 as KBUILD_EXTRA_WARN.
  first=(sub_make_done=1 abs_srctree="$S" abs_objtree="$B")
  [[ $run == *-w1 ]] && first+=(KBUILD_EXTRA_WARN=1)
  for a in ${EXTRA_ARGS:-}; do [[ $a == W=* ]] && first+=(KBUILD_EXTRA_WARN=${a#W=}); done
  # -rR as the first make puts it in MAKEFLAGS (no built-in rules in the sub-makes).
  image=(-f "$WORK/image.mk" kflags-image)
  [[ " ${args[*]} " == *" ARCH="@(powerpc|mips|um|loongarch)" "* ]] && image=(-o vmlinux)
  env "${first[@]}" nice -n 10 make -rR --no-print-directory -C "$B" -f "$S/Makefile" \
    "${args[@]}" -n -k "${image[@]}" > "$WORK/$name.image.txt" 2> "$WORK/$name.image.err" || true
  rm -f "${fakes[@]}"
  CONFIG="$VERSION-$config" MAKE_ARGS="${args[*]}" node "$here/dry-run.mjs" "$WORK/$name.dry-run.txt" "$S" "$B" "$name" "$WORK/$name.before-prepare.txt" "$WORK/$name.image.txt" \
    > "$FIXTURES/$name.dry-run.json.gz"
done
