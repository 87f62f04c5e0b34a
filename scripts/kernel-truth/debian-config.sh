#!/usr/bin/env bash
# scripts/kernel-truth/debian-config.sh -- Debian's own kernel configuration
# (package linux-config-VERSION: config.amd64_none_amd64.xz, the config of
# Debian's amd64 kernel, thousands of modules) through GNU make: `make
# olddefconfig prepare` in a scratch build directory, then `make -n -k` of a
# sample of directories. The fixture is
# test/fixtures/kernel-builds/VERSION-debian-amd64.partial.json.gz: every
# object's command as make expands it (dry-run.mjs), the directories, and
# which configuration it was (the package's file; the config itself is not
# copied: the test reads it from the package).
#
# With CROSS=1, the build is made as Debian makes its own, with
# `CROSS_COMPILE=x86_64-linux-gnu- CC=x86_64-linux-gnu-gcc-12` (the
# compiler the configuration names): VERSION-debian-amd64-cross.partial.json.gz.
#
# Run by a developer, never by CI. Usage:
#   scripts/kernel-truth/debian-config.sh 6.12 6.1
#   CROSS=1 scripts/kernel-truth/debian-config.sh 6.12 6.1
#   LLVM=1 scripts/kernel-truth/debian-config.sh 6.12     # built with clang: VERSION-debian-amd64-llvm
# Environment: SRC (default /var/tmp/ksrc/linux-source-VERSION), WORK
# (default /var/tmp/kernel-truth/debian-config). Needs linux-config-VERSION,
# gcc and what a kernel build needs (see README.md here).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
WORK=${WORK:-/var/tmp/kernel-truth/debian-config}
DIRS=(drivers/net/ethernet/intel/ fs/ext4/ net/ipv4/ sound/pci/hda/ drivers/gpu/drm/i915/ arch/x86/kvm/ crypto/ drivers/md/ fs/btrfs/ drivers/nvme/)
args=()
name=debian-amd64
if [[ ${CROSS:-} == 1 ]]; then
  args=(CROSS_COMPILE=x86_64-linux-gnu- CC=x86_64-linux-gnu-gcc-12)
  name=debian-amd64-cross
elif [[ ${LLVM:-} == 1 ]]; then
  args=(LLVM=1)
  name=debian-amd64-llvm
fi
for version in "$@"; do
  src=${SRC:-/var/tmp/ksrc/linux-source-$version}
  config=/usr/src/linux-config-$version/config.amd64_none_amd64.xz
  [[ -f $config ]] || { echo "$config is missing (apt-get install linux-config-$version)" >&2; exit 2; }
  B=$WORK/$version-$name
  mkdir -p "$B"
  xz -dc "$config" > "$B/.config"
  nice make -s -C "$src" O="$B" "${args[@]}" olddefconfig
  nice make -s -j"${JOBS:-2}" -C "$src" O="$B" "${args[@]}" prepare
  nice make -C "$src" O="$B" "${args[@]}" -n -k "${DIRS[@]}" > "$B/dry-run.txt" 2> "$B/dry-run.err" || true
  node "$here/dry-run.mjs" "$B/dry-run.txt" "$src" "$B" "$version-$name" | gunzip \
    | node -e '
      let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
        const doc = JSON.parse(s);
        const [config, makeArgs, ...dirs] = process.argv.slice(1);
        doc.config = config;
        doc.makeArgs = makeArgs === "" ? [] : makeArgs.split(" ");
        doc.dirs = dirs.map((d) => d.replace(/\/$/, ""));
        if (doc.objects.length < 500) { console.error(`only ${doc.objects.length} objects`); process.exit(1); }
        process.stdout.write(JSON.stringify(doc));
      });' "$config" "${args[*]}" "${DIRS[@]}" | gzip -9 > "$repo/test/fixtures/kernel-builds/$version-$name.partial.json.gz"
  echo "wrote test/fixtures/kernel-builds/$version-$name.partial.json.gz" >&2
done
