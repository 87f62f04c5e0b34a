// The user's environment as Kbuild reads it. make takes every environment
// variable as a variable of origin `environment`; the kernel documents the
// ones its build reads so (Documentation/kbuild/kbuild.rst, "Environment
// variables", and llvm.rst): `export ARCH=arm64 CROSS_COMPILE=...` or
// `KBUILD_OUTPUT=DIR` change the build as their command-line forms do. Tree
// mode takes those, and no other (PATH, HOME, the shell's own: they would
// make answers depend on the machine, and the top level reads none of them).
import { parseLine } from '../../syntax/parse.js';

/** The variables Kbuild documents as read from the environment. */
export const KBUILD_ENVIRONMENT: readonly string[] = [
  'KCPPFLAGS',
  'KAFLAGS',
  'AFLAGS_MODULE',
  'AFLAGS_KERNEL',
  'KCFLAGS',
  'KRUSTFLAGS',
  'CFLAGS_KERNEL',
  'CFLAGS_MODULE',
  'RUSTFLAGS_KERNEL',
  'RUSTFLAGS_MODULE',
  'LDFLAGS_MODULE',
  'HOSTCFLAGS',
  'HOSTCXXFLAGS',
  'HOSTRUSTFLAGS',
  'HOSTLDFLAGS',
  'HOSTLDLIBS',
  'USERCFLAGS',
  'USERLDFLAGS',
  'KBUILD_KCONFIG',
  'KBUILD_VERBOSE',
  'KBUILD_EXTMOD',
  'KBUILD_OUTPUT',
  'KBUILD_EXTRA_WARN',
  'KBUILD_DEBARCH',
  'KDOCFLAGS',
  'ARCH',
  'CROSS_COMPILE',
  'INSTALL_PATH',
  'INSTALLKERNEL',
  'MODLIB',
  'INSTALL_MOD_PATH',
  'INSTALL_MOD_STRIP',
  'INSTALL_HDR_PATH',
  'INSTALL_DTBS_PATH',
  'KBUILD_ABS_SRCTREE',
  'KBUILD_SIGN_PIN',
  'KBUILD_MODPOST_WARN',
  'KBUILD_MODPOST_NOFINAL',
  'KBUILD_EXTRA_SYMBOLS',
  'ALLSOURCE_ARCHS',
  'IGNORE_DIRS',
  'KBUILD_BUILD_TIMESTAMP',
  'KBUILD_BUILD_USER',
  'KBUILD_BUILD_HOST',
  'LLVM',
  'LLVM_IAS',
];

/** The Kbuild variables of an environment (process.env), in KBUILD_ENVIRONMENT's order; an empty one counts (make defines it). */
export function kbuildEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KBUILD_ENVIRONMENT) {
    const value = env[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** A command-line word's variable name and value as written (`KCFLAGS=-O2`, `O:=dir`), read as make reads it; undefined for another word. */
export function commandLineAssignment(word: string): { name: string; value: string } | undefined {
  const line = parseLine(word, { file: '<command line>', line: 0 });
  return line.type === 'Assignment' ? { name: line.name, value: line.value } : undefined;
}

/**
 * A variable as the top level first sees it: the command line's (the last
 * assignment of it, any operator) over the environment's, as without `make -e`.
 */
export function buildVariable(name: string, commandLine: readonly string[], environment: Readonly<Record<string, string>> = {}): string | undefined {
  for (let k = commandLine.length - 1; k >= 0; k--) {
    const assignment = commandLineAssignment(commandLine[k]);
    if (assignment?.name === name) return assignment.value;
  }
  return environment[name];
}
