/**
 * What an object is compiled as: the kernel's C (c_flags) or assembler
 * (`.S`: a_flags), or a host program's C or C++ object (hostc_flags,
 * hostcxx_flags: scripts/mod, arch/x86/tools), or a userprog's C object
 * (user_ccflags: samples/).
 */
export type ObjectKind = 'c' | 'asm' | 'host-c' | 'host-c++' | 'user-c';

/** Per kind: the Kbuild command that compiles it, the variable holding its flags, and its name in reports. */
export const OBJECT_KINDS: Record<ObjectKind, { command: string; flags: string; label: string }> = {
  c: { command: 'cc_o_c', flags: 'c_flags', label: 'C' },
  asm: { command: 'as_o_S', flags: 'a_flags', label: 'asm' },
  'host-c': { command: 'host-cobjs', flags: 'hostc_flags', label: 'host C' },
  'host-c++': { command: 'host-cxxobjs', flags: 'hostcxx_flags', label: 'host C++' },
  'user-c': { command: 'user_cc_o_c', flags: 'user_ccflags', label: 'userprog C' },
};
