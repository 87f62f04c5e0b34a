/**
 * What an object is compiled as: the kernel's C (c_flags) or assembler
 * (`.S`: a_flags), or a host program's C or C++ object (hostc_flags,
 * hostcxx_flags: scripts/mod, arch/x86/tools), or a userprog's C object
 * (user_ccflags: samples/), or a compat vDSO, compiled for the 32-bit ABI
 * with commands of its own (arm64's arch/arm64/kernel/vdso32 by CC_COMPAT:
 * vdsocc, vdsoas; riscv's arch/riscv/kernel/compat_vdso: compat_vdsoas).
 */
export type ObjectKind = 'c' | 'asm' | 'host-c' | 'host-c++' | 'user-c' | 'compat-vdso-c' | 'compat-vdso-asm';

/** Per kind: the Kbuild commands that compile it, the variable holding its flags, and its name in reports. */
export const OBJECT_KINDS: Record<ObjectKind, { commands: readonly string[]; flags: string; label: string }> = {
  c: { commands: ['cc_o_c'], flags: 'c_flags', label: 'C' },
  asm: { commands: ['as_o_S'], flags: 'a_flags', label: 'asm' },
  'host-c': { commands: ['host-cobjs'], flags: 'hostc_flags', label: 'host C' },
  'host-c++': { commands: ['host-cxxobjs'], flags: 'hostcxx_flags', label: 'host C++' },
  'user-c': { commands: ['user_cc_o_c'], flags: 'user_ccflags', label: 'userprog C' },
  'compat-vdso-c': { commands: ['vdsocc', 'vdsocc_gettimeofday'], flags: 'VDSO_CFLAGS', label: 'compat vDSO C' },
  'compat-vdso-asm': { commands: ['vdsoas', 'compat_vdsoas'], flags: 'VDSO_AFLAGS', label: 'compat vDSO asm' },
};

/** Kbuild's compile commands, by the name its rules give them, and the kind of object each makes. */
export const COMPILE_COMMANDS: Readonly<Record<string, ObjectKind>> = Object.fromEntries(
  Object.entries(OBJECT_KINDS).flatMap(([kind, k]) => k.commands.map((command) => [command, kind as ObjectKind])),
);
