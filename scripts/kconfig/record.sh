#!/bin/sh
# Regenerates test/fixtures/kconfig/*.expected.config and *.expected.auto.conf
# (and the *.env each case ran with) with the real `make olddefconfig`.
# Usage: [ONLY=name-prefix] scripts/kconfig/record.sh [KSRC_DIR]   (default /var/tmp/ksrc: linux-source-6.1, linux-source-6.12)
# Build directories go under ${WORK:-/var/tmp/kconfig-work}; the trees are never written.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
fix=$here/test/fixtures/kconfig
builds=$here/test/fixtures/kernel-builds
ksrc=${1:-/var/tmp/ksrc}
work=${WORK:-/var/tmp/kconfig-work}/record
mkdir -p "$work"

# case NAME VERSION INPUT [make arguments...]
case_() {
  name=$1 version=$2 input=$3
  shift 3
  b=$work/$name
  rm -rf "$b"
  mkdir -p "$b"
  cp "$input" "$b/.config"
  nice -n 19 make -s -C "$ksrc/linux-source-$version" O="$b" "$@" olddefconfig >/dev/null
  case $name in
    identity-*) cmp -s "$b/.config" "$input" || { echo "$name: make olddefconfig changed $input" >&2; exit 1; } ;;
    *) cp "$b/.config" "$fix/$name.expected.config" ;;
  esac
  cp "$b/include/config/auto.conf" "$fix/$name.expected.auto.conf"
  # the environment Kconfig read (conf lists it in auto.conf.cmd)
  sed -n 's/^ifneq "\$(\([^)]*\))" "\(.*\)"$/\1=\2/p' "$b/include/config/auto.conf.cmd" > "$fix/$name.env"
  echo "recorded $name"
}

only=${ONLY:-}
run() { case $1 in $only*) case_ "$@" ;; esac; }

# Inputs kept in the fixtures directory
run 6.12-kexec-fragment 6.12 "$fix/kexec-fragment.config"
run 6.1-kexec-fragment 6.1 "$fix/kexec-fragment.config"
run 6.12-allno-fragment 6.12 "$fix/allno-fragment.config"
run 6.12-clang-fragment 6.12 "$fix/clang-fragment.config" LLVM=1
run 6.12-x86_64_defconfig 6.12 "$ksrc/linux-source-6.12/arch/x86/configs/x86_64_defconfig"
run 6.1-x86_64_defconfig 6.1 "$ksrc/linux-source-6.1/arch/x86/configs/x86_64_defconfig"
run 6.1-allno-fragment 6.1 "$fix/allno-fragment.config"
run 6.1-clang-fragment 6.1 "$fix/clang-fragment.config" LLVM=1
# a 6.1 .config onto 6.12, a 6.12 one onto 6.1
run 6.1-gcc-on-6.12 6.12 "$builds/6.1-gcc.config"
run 6.12-gcc-on-6.1 6.1 "$builds/6.12-gcc.config"
run 6.12-allmod-on-6.1 6.1 "$builds/6.12-allmod.config"
# identity: the whole-build configs are olddefconfig outputs
for c in "$builds"/*.config; do
  n=$(basename "$c" .config)
  v=${n%%-*}
  case $n in
    *arm64*) args="ARCH=arm64 LLVM=1" ;;
    *arm-*) args="ARCH=arm LLVM=1" ;;
    *riscv*) args="ARCH=riscv LLVM=1" ;;
    *cc-clang*) args="CC=clang" ;;
    *clang*) args="LLVM=1" ;;
    *) args= ;;
  esac
  # shellcheck disable=SC2086
  run "identity-$n" "$v" "$c" $args
done
