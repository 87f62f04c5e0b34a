#!/usr/bin/env bash
# scripts/kernel-truth/extmod.sh -- an external module's compile commands as
# GNU make expands them (`make O=B M=DIR -n`), for the out-of-tree module of
# test/fixtures/extmod/: the fixture test/fixtures/kernel-builds/VERSION-NAME-extmod.json.
#
# Run by a developer, never by CI. Usage:
#   scripts/kernel-truth/extmod.sh NAME...    NAME: a dry run's build (gcc, clang-thinlto, ...)
# B = $WORK/VERSION-NAME must be a prepared build directory: dry-run.sh NAME
# makes it. Environment: VERSION (6.12 or 6.1; default 6.12), SRC, WORK, as
# dry-run.sh. The module is copied to a scratch directory first (make writes
# nothing with -n, but the repository is no place to build in); its path is
# written @EXTMOD@ in the fixture.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
VERSION=${VERSION:-6.12}
SRC=${SRC:-/var/tmp/ksrc/linux-source-$VERSION}
WORK=${WORK:-/var/tmp/kernel-truth/dry-run}
for run in "$@"; do
  B=$WORK/$VERSION-$run
  [[ -f $B/include/generated/autoconf.h ]] || { echo "$B is not prepared (scripts/kernel-truth/dry-run.sh $run)" >&2; exit 2; }
  args=()
  # The build's own arguments (LLVM=1, ARCH=...), as dry-run.sh recorded them.
  # shellcheck disable=SC2207
  args=($(zcat "$repo/test/fixtures/kernel-builds/$VERSION-$run.dry-run.json.gz" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).makeArgs.join(" ")))'))
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp -r "$repo/test/fixtures/extmod/hello" "$scratch/hello"
  # -n stops at modpost (no modules.order without a build): the compiles come first.
  make -C "$SRC" O="$B" M="$scratch/hello" "${args[@]}" -n > "$scratch/dry-run.txt" 2> "$scratch/dry-run.err" || true
  node "$here/dry-run.mjs" "$scratch/dry-run.txt" "$SRC" "$B" "$VERSION-$run-extmod" | gunzip \
    | node -e '
      let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
        const doc = JSON.parse(s);
        const [mod, config, makeArgs] = process.argv.slice(1);
        const put = (t) => t.split(mod).join("@EXTMOD@");
        doc.config = config;
        doc.makeArgs = makeArgs === "" ? [] : makeArgs.split(" ");
        doc.objects = doc.objects.map((o) => ({ object: put(o.object), command: put(o.command) }));
        if (doc.objects.length === 0) { console.error("no objects in the dry run"); process.exit(1); }
        process.stdout.write(JSON.stringify(doc, null, 1) + "\n");
      });' "$scratch/hello" "$VERSION-$run" "${args[*]}" > "$repo/test/fixtures/kernel-builds/$VERSION-$run-extmod.json"
  echo "wrote test/fixtures/kernel-builds/$VERSION-$run-extmod.json" >&2
  rm -rf "$scratch"
  trap - EXIT
done
