/**
 * What an object is compiled as: the kernel's C (c_flags) or assembler
 * (`.S`: a_flags), or a host program's C or C++ object (hostc_flags,
 * hostcxx_flags: scripts/mod, arch/x86/tools), or a userprog's C object
 * (user_ccflags: samples/), or a compat vDSO, compiled for the 32-bit ABI
 * with commands of its own (arm64's arch/arm64/kernel/vdso32 by CC_COMPAT:
 * vdsocc, vdsoas; riscv's arch/riscv/kernel/compat_vdso: compat_vdsoas),
 * or an object of a boot wrapper, compiled without the kernel's flags by
 * commands of its own (powerpc's arch/powerpc/boot: bootcc, bootas, with
 * BOOTCPPFLAGS and BOOTCFLAGS or BOOTAFLAGS).
 */
export type ObjectKind = 'c' | 'asm' | 'host-c' | 'host-c++' | 'user-c' | 'compat-vdso-c' | 'compat-vdso-asm' | 'boot-c' | 'boot-asm';

/**
 * Per kind: the Kbuild commands that compile it, the text that expands to its
 * flags (in the object's context; commandFlags: for a command whose flags are
 * other than the kind's), and its name in reports.
 */
export const OBJECT_KINDS: Record<ObjectKind, { commands: readonly string[]; flags: string; commandFlags?: Readonly<Record<string, string>>; label: string }> = {
  // powerpc's 32-bit vDSO before 6.12 (a 64-bit kernel with COMPAT: 6.1's big-endian defconfig): its C object by
  // vdso32cc (c_flags less CC32FLAGSREMOVE, then CC32FLAGS: -m32).
  c: { commands: ['cc_o_c', 'vdso32cc'], flags: '$(c_flags)', commandFlags: { vdso32cc: '$(filter-out $(CC32FLAGSREMOVE), $(c_flags)) $(CC32FLAGS)' }, label: 'C' },
  // powerpc's vDSO: its assembler objects by vdso64as (a_flags, then AS64FLAGS); before 6.12 the 32-bit ones by
  // vdso32as (a_flags, CC32FLAGS, AS32FLAGS). mips' 64-bit kernels: the n32 and o32 vDSOs' assembler objects
  // (arch/mips/vdso: elf-n32.o, sigreturn-o32.o) by vdsoas_o_S (a_flags, which their target's KBUILD_AFLAGS
  // make the ABI's); loongarch's vDSO defines it too.
  asm: {
    commands: ['as_o_S', 'vdso64as', 'vdso32as', 'vdsoas_o_S'],
    flags: '$(a_flags)',
    commandFlags: { vdso64as: '$(a_flags) $(AS64FLAGS)', vdso32as: '$(a_flags) $(CC32FLAGS) $(AS32FLAGS)' },
    label: 'asm',
  },
  'host-c': { commands: ['host-cobjs'], flags: '$(hostc_flags)', label: 'host C' },
  'host-c++': { commands: ['host-cxxobjs'], flags: '$(hostcxx_flags)', label: 'host C++' },
  'user-c': { commands: ['user_cc_o_c'], flags: '$(user_ccflags)', label: 'userprog C' },
  'compat-vdso-c': { commands: ['vdsocc', 'vdsocc_gettimeofday'], flags: '$(VDSO_CFLAGS)', label: 'compat vDSO C' },
  'compat-vdso-asm': { commands: ['vdsoas', 'compat_vdsoas'], flags: '$(VDSO_AFLAGS)', label: 'compat vDSO asm' },
  'boot-c': { commands: ['bootcc'], flags: '$(BOOTCPPFLAGS) $(BOOTCFLAGS)', label: 'boot wrapper C' },
  'boot-asm': { commands: ['bootas'], flags: '$(BOOTCPPFLAGS) $(BOOTAFLAGS)', label: 'boot wrapper asm' },
};

/** Kbuild's compile commands, by the name its rules give them, and the kind of object each makes. */
export const COMPILE_COMMANDS: Readonly<Record<string, ObjectKind>> = Object.fromEntries(
  Object.entries(OBJECT_KINDS).flatMap(([kind, k]) => k.commands.map((command) => [command, kind as ObjectKind])),
);
