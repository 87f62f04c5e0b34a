#!/usr/bin/env bash
# scripts/kernel-truth/partial-dry-run.sh -- compile commands of part of a
# build as GNU make expands them (`make O=B ... -n`), in the prepared build
# directory of a dry run, for ways of building that the whole-build dry runs
# do not use. Fixtures: test/fixtures/kernel-builds/VERSION-NAME-KIND.json.
#
#   KIND extmod    an external module: `make O=B M=DIR -n` for the module of
#                  test/fixtures/extmod/hello (copied to a scratch directory
#                  first; its path is written @EXTMOD@ in the fixture);
#   KIND ccache    a compiler launcher: `make O=B CC="ccache $(CC)" -n init/
#                  arch/x86/purgatory/` (needs ccache; CCACHE_DIR is a scratch
#                  directory; x86 builds only);
#   KIND w123      all extra warnings: `make O=B W=123 -n init/ kernel/sched/
#                  fs/ext4/ lib/ arch/x86/purgatory/` (the fixture lists them as
#                  `dirs`);
#   KIND kconfig-patch  a patch that adds a Kconfig option (on by default)
#                  and a flag the option turns on: the text of
#                  test/fixtures/kconfig-patch/append.json appended to its
#                  files, in a copy of SRC made of hard links (each patched
#                  file a new one), built in a hard-linked copy of B:
#                  `make -C COPY O=BCOPY -n init/`, whose syncconfig runs first
#                  (the Kconfig file is newer than auto.conf).
#
# Run by a developer, never by CI. Usage:
#   scripts/kernel-truth/partial-dry-run.sh KIND NAME...    NAME: a dry run's build (gcc, clang-fulllto, ...)
# B = $WORK/VERSION-NAME must be a prepared build directory: dry-run.sh NAME
# makes it. Environment: VERSION (6.12 or 6.1; default 6.12), SRC, WORK, as
# dry-run.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
VERSION=${VERSION:-6.12}
SRC=${SRC:-/var/tmp/ksrc/linux-source-$VERSION}
WORK=${WORK:-/var/tmp/kernel-truth/dry-run}
kind=$1
shift
for run in "$@"; do
  B=$WORK/$VERSION-$run
  [[ -f $B/include/generated/autoconf.h ]] || { echo "$B is not prepared (scripts/kernel-truth/dry-run.sh $run)" >&2; exit 2; }
  # The build's own arguments (LLVM=1, ARCH=...), as dry-run.sh recorded them.
  # shellcheck disable=SC2207
  args=($(zcat "$repo/test/fixtures/kernel-builds/$VERSION-$run.dry-run.json.gz" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).makeArgs.join(" ")))'))
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mod=
  case $kind in
    extmod)
      cp -r "$repo/test/fixtures/extmod/hello" "$scratch/hello"
      mod=$scratch/hello
      args+=("M=$mod")
      goals=()
      ;;
    ccache)
      cc=gcc
      for a in "${args[@]}"; do [[ $a == LLVM=1 ]] && cc=clang; done
      args+=("CC=ccache $cc")
      goals=(init/ arch/x86/purgatory/)
      export CCACHE_DIR=$scratch/ccache
      ;;
    kconfig-patch)
      goals=(init/)
      ;;
    w123)
      # Every level of extra warnings: W=2 and W=3 probe warnings no whole-build fixture asks about.
      args+=(W=123)
      goals=(init/ kernel/sched/ fs/ext4/ lib/ arch/x86/purgatory/)
      ;;
    *) echo "unknown KIND $kind (extmod, ccache, kconfig-patch, w123)" >&2; exit 2 ;;
  esac
  S=$SRC
  if [[ $kind == kconfig-patch ]]; then
    cp -al "$SRC" "$scratch/src" && cp -al "$B" "$scratch/build"
    node -e '
      const fs = require("fs"), path = require("path");
      const [tree, append] = process.argv.slice(1);
      for (const [file, text] of Object.entries(JSON.parse(fs.readFileSync(append, "utf8")))) {
        const f = path.join(tree, file), old = fs.readFileSync(f, "latin1");
        fs.unlinkSync(f); // a new file, not the original (a hard link)
        fs.writeFileSync(f, old + text, "latin1");
      }' "$scratch/src" "$repo/test/fixtures/kconfig-patch/append.json"
    S=$scratch/src B=$scratch/build
  fi
  # An external module's -n stops at modpost (no modules.order without a build): the compiles come first.
  make -C "$S" O="$B" "${args[@]}" -n "${goals[@]}" > "$scratch/dry-run.txt" 2> "$scratch/dry-run.err" || [[ $kind == extmod ]]
  dirs=; [[ $kind == w123 ]] && dirs="${goals[*]}"
  node "$here/dry-run.mjs" "$scratch/dry-run.txt" "$S" "$B" "$VERSION-$run-$kind" | gunzip \
    | GOALS="$dirs" node -e '
      let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
        const doc = JSON.parse(s);
        const [mod, config, ...makeArgs] = process.argv.slice(1);
        const put = (t) => (mod === "" ? t : t.split(mod).join("@EXTMOD@"));
        doc.config = config;
        // The fixture names the module @EXTMOD@; the test gives its own M=.
        doc.makeArgs = makeArgs.filter((a) => !a.startsWith("M="));
        doc.objects = doc.objects.map((o) => ({ object: put(o.object), command: put(o.command) }));
        if (process.env.GOALS) doc.dirs = process.env.GOALS.split(" ").map((g) => g.replace(/\/$/, ""));
        if (doc.objects.length === 0) { console.error("no objects in the dry run"); process.exit(1); }
        process.stdout.write(JSON.stringify(doc, null, 1) + "\n");
      });' "$mod" "$VERSION-$run" "${args[@]}" > "$repo/test/fixtures/kernel-builds/$VERSION-$run-$kind.json"
  out=test/fixtures/kernel-builds/$VERSION-$run-$kind.json
  # A few directories' worth of commands: kept compressed.
  if [[ $kind == w123 ]]; then gzip -9 -n -f "$repo/$out"; out=$out.gz; fi
  echo "wrote $out" >&2
  rm -rf "$scratch"
  trap - EXIT
done
