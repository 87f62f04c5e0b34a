#!/usr/bin/env python3
"""Turn the .cmd files of a real Kbuild build into a kflags test fixture.

Usage:
  extract.py fixture --srctree S --objtree B --tree 6.12 --config gcc \
      --state after --dotconfig 6.12-gcc.config --compiler "gcc (...) 12.2.0" \
      [--make-arg LLVM=1 ...] --dir arch/x86/purgatory [--dir ...] --out F.json
  extract.py compile-commands --srctree S --objtree B --in cc.json \
      --dir arch/x86/purgatory --out F.json

Every object is read from its `.cmd` file (`B/<dir>/.<obj>.cmd`).  The first
line is `savedcmd_<path> := <command>` (6.12) or `cmd_<path> := <command>`
(6.1).  Only `.o` files whose command runs the compiler on one source
(`<CC> ... -c -o <obj> <src>`) are kept; link and archive steps are skipped.
The command is kept byte for byte as it stands in the .cmd file (which is a
makefile fragment: Kbuild writes `$` there as `$$` and `#` as `$(pound)`),
except that the absolute source tree path becomes `@SRCTREE@` and the
absolute build directory path becomes `@OBJTREE@`.
Every directory is walked recursively: objects of its subdirectories are
included too.
"""
import argparse
import json
import os
import re
import sys


def path_re(path):
    # The path, not followed by a character that would make it a longer path
    # name (so /x/linux-source-6.1 does not match inside /x/linux-source-6.12).
    return re.compile(re.escape(path.rstrip("/")) + r"(?![A-Za-z0-9_.+-])")


def make_replacer(srctree, objtree):
    pairs = [(path_re(os.path.realpath(srctree)), "@SRCTREE@"),
             (path_re(os.path.realpath(objtree)), "@OBJTREE@")]
    # Also the paths as given, if they differ from the real paths.
    for p, tag in ((srctree, "@SRCTREE@"), (objtree, "@OBJTREE@")):
        if os.path.abspath(p) != os.path.realpath(p):
            pairs.append((path_re(os.path.abspath(p)), tag))
    # Longer paths first.
    pairs.sort(key=lambda x: -len(x[0].pattern))

    def repl(s):
        for rx, tag in pairs:
            s = rx.sub(tag, s)
        return s
    return repl


CMD_LINE = re.compile(r"^(?:savedcmd|cmd)_(\S+) := (.*)$")


def read_cmd(path):
    with open(path, "r", encoding="utf-8", errors="surrogateescape") as f:
        first = f.readline()
    first = first.rstrip("\n")
    m = CMD_LINE.match(first)
    if not m:
        return None, None
    return m.group(1), m.group(2)


def compile_source(command, obj):
    """The source file if `command` compiles `obj` from one source, else None.

    Kbuild's cmd_cc_o_c and cmd_as_o_S are `$(CC) <flags> -c -o $@ $<`,
    possibly followed by more commands (`; objtool ...`).
    """
    words = command.split(" ")
    first = words[0]
    base = os.path.basename(first)
    if not re.match(r"^(?:.*-)?(?:gcc|clang|cc)(?:-[0-9.]+)?$", base):
        return None
    for i in range(len(words) - 3):
        if words[i] == "-c" and words[i + 1] == "-o" and words[i + 2] == obj:
            src = words[i + 3]
            if re.search(r"\.(c|S|s)$", src):
                return src
    return None


def collect(objtree, dirs):
    objs = []
    for d in dirs:
        top = os.path.join(objtree, d)
        for root, subdirs, files in os.walk(top):
            subdirs.sort()
            for fn in sorted(files):
                if not (fn.startswith(".") and fn.endswith(".o.cmd")):
                    continue
                target, command = read_cmd(os.path.join(root, fn))
                if target is None or not target.endswith(".o"):
                    continue
                src = compile_source(command, target)
                if src is None:
                    continue
                objs.append((target, src, command))
    objs.sort(key=lambda x: x[0])
    return objs


def cmd_fixture(a):
    repl = make_replacer(a.srctree, a.objtree)
    objs = collect(a.objtree, a.dir)
    out = {
        "tree": a.tree,
        "release": a.release,
        "config": a.config,
        "state": a.state,
        "makeArgs": a.make_arg or [],
        "dotconfig": a.dotconfig,
        "dirs": a.dir,
        "compiler": a.compiler,
        "objects": [
            {"object": t, "source": repl(s), "command": repl(c)}
            for t, s, c in objs
        ],
    }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{a.out}: {len(objs)} objects", file=sys.stderr)
    if not objs:
        sys.exit(1)


def cmd_compile_commands(a):
    repl = make_replacer(a.srctree, a.objtree)
    with open(getattr(a, "in")) as f:
        entries = json.load(f)
    objtree = os.path.realpath(a.objtree)
    keep = []
    for e in entries:
        # Select by the object the command writes (`-o <dir>/...`): the
        # source may live elsewhere (purgatory's sha256.c is lib/crypto's).
        words = e["command"].split(" ")
        outs = [words[i + 1] for i in range(len(words) - 1) if words[i] == "-o"]
        ok = False
        for o in outs:
            rel = os.path.relpath(os.path.join(e.get("directory", objtree), o), objtree)
            if any(rel == d or rel.startswith(d.rstrip("/") + "/") for d in a.dir):
                ok = True
        if ok:
            keep.append({k: repl(v) if isinstance(v, str) else v for k, v in e.items()})
    keep.sort(key=lambda e: e["file"])
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(keep, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{a.out}: {len(keep)} entries", file=sys.stderr)
    if not keep:
        sys.exit(1)


LTO_RUN = {
    "clang-thinlto": ["-flto=thin", "-fsplit-lto-unit", "-fvisibility=hidden"],
    "clang-thinlto-profile": ["-flto=thin", "-fsplit-lto-unit", "-fvisibility=hidden"],
    "clang-fulllto": ["-flto", "-fvisibility=hidden"],
    "gcc": [],
}
C_OBJS = ("purgatory.o", "sha256.o", "string.o")


def cmd_check_purgatory(a):
    """Checks kbuild-notes.md's claims on part A's fixtures; prints a report."""
    fails = 0

    def say(ok, msg):
        nonlocal fails
        if not ok:
            fails += 1
        print(("ok   " if ok else "FAIL ") + msg)

    for tree in ("6.1", "6.12"):
        for cfg, run in LTO_RUN.items():
            fx = {}
            for st in ("after", "before"):
                fn = os.path.join(a.dir, f"{tree}-{cfg}-{st}.json")
                if not os.path.exists(fn):
                    break
                with open(fn) as f:
                    fx[st] = {o["object"]: o["command"].split()
                              for o in json.load(f)["objects"]}
            if len(fx) < 2:
                print(f"skip {tree}-{cfg}: fixtures missing")
                continue
            tag = f"{tree}-{cfg}"
            say(sorted(fx["after"]) == sorted(fx["before"]),
                f"{tag}: same objects in both states ({len(fx['after'])})")
            for obj in sorted(fx["after"]):
                aw, bw = fx["after"][obj], fx["before"].get(obj, [])
                base = os.path.basename(obj)
                if base not in C_OBJS or not run:
                    say(aw == bw, f"{tag} {base}: command identical before/after")
                    continue
                i = bw.index("-fno-lto") if "-fno-lto" in bw else -1
                say(i >= 0 and bw[i + 1:i + 1 + len(run)] == run,
                    f"{tag} {base}: before has {' '.join(run)} right after -fno-lto")
                j = aw.index("-fno-lto") if "-fno-lto" in aw else -1
                say(j >= 0 and aw[j + 1:j + 1 + len(run)] != run
                    and not any(w.startswith("-flto") or w == "-fsplit-lto-unit" for w in aw),
                    f"{tag} {base}: after keeps -fno-lto, no -flto*/-fsplit-lto-unit")
                say(i >= 0 and bw[:i + 1] + bw[i + 1 + len(run):] == aw,
                    f"{tag} {base}: after == before minus exactly that run")
                say(bw.count("-fvisibility=hidden") == 2 and aw.count("-fvisibility=hidden") == 1,
                    f"{tag} {base}: -fvisibility=hidden x{bw.count('-fvisibility=hidden')} before, "
                    f"x{aw.count('-fvisibility=hidden')} after")
            if "profile" in cfg:
                n = sum(any(w.startswith("-fprofile-sample-use") for w in ws)
                        for st in fx for ws in fx[st].values())
                say(n == 0, f"{tag}: no -fprofile-sample-use= in purgatory commands ({n})")
    print(f"{fails} failed")
    sys.exit(1 if fails else 0)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="what", required=True)
    k = sub.add_parser("check-purgatory")
    k.add_argument("dir")
    k.set_defaults(fn=cmd_check_purgatory)
    f = sub.add_parser("fixture")
    for k in ("srctree", "objtree", "tree", "release", "config", "state",
              "dotconfig", "compiler", "out"):
        f.add_argument("--" + k.replace("_", "-"), required=True)
    f.add_argument("--make-arg", action="append")
    f.add_argument("--dir", action="append", required=True)
    f.set_defaults(fn=cmd_fixture)
    c = sub.add_parser("compile-commands")
    for k in ("srctree", "objtree", "in", "out"):
        c.add_argument("--" + k, required=True)
    c.add_argument("--dir", action="append", required=True)
    c.set_defaults(fn=cmd_compile_commands)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
