# kflags profile: clang-thinlto-profile-use
# ThinLTO plus an instrumented (PGO) profile passed through KCFLAGS.
#
# The configuration part of a build: which compiler, which CONFIG_* options.
# Values are written as include/config/auto.conf holds them (strings without
# quotes); options that are not set are left undefined.  Based on
# x86_64_defconfig of v6.12 with CONFIG_KEXEC_FILE, CONFIG_FUNCTION_TRACER and
# CONFIG_STACKPROTECTOR_STRONG enabled (make olddefconfig with this compiler).
# Read before toplevel.mk; any NAME=VALUE on the command line overrides.

# LLVM=1 on the kernel command line: clang, ld.lld and the llvm tools.
LLVM ?= 1

CONFIG_64BIT=y
CONFIG_AS_IS_LLVM=y
# CONFIG_CALL_PADDING is not set
CONFIG_CC_HAS_AUTO_VAR_INIT_ZERO_ENABLER=y
CONFIG_CC_IMPLICIT_FALLTHROUGH=-Wimplicit-fallthrough
CONFIG_CC_IS_CLANG=y
# CONFIG_CC_IS_GCC is not set
CONFIG_CC_OPTIMIZE_FOR_PERFORMANCE=y
# CONFIG_CC_OPTIMIZE_FOR_SIZE is not set
# CONFIG_CFI_CLANG is not set
CONFIG_CLANG_VERSION=140006
# CONFIG_DEBUG_INFO_DWARF4 is not set
# CONFIG_DEBUG_INFO_DWARF5 is not set
CONFIG_DEBUG_INFO_NONE=y
# CONFIG_FRAME_POINTER is not set
CONFIG_FRAME_WARN=2048
CONFIG_FTRACE_MCOUNT_RECORD=y
# CONFIG_FTRACE_MCOUNT_USE_CC is not set
CONFIG_FTRACE_MCOUNT_USE_OBJTOOL=y
CONFIG_FUNCTION_ALIGNMENT=16
CONFIG_FUNCTION_PADDING_BYTES=16
CONFIG_FUNCTION_TRACER=y
CONFIG_GCC_VERSION=0
# CONFIG_GCOV_KERNEL is not set
CONFIG_GENERIC_CPU=y
CONFIG_HAVE_FENTRY=y
CONFIG_HAVE_OBJTOOL_NOP_MCOUNT=y
# CONFIG_INIT_STACK_ALL_PATTERN is not set
CONFIG_INIT_STACK_ALL_ZERO=y
# CONFIG_INIT_STACK_NONE is not set
# CONFIG_KASAN is not set
# CONFIG_KCOV is not set
# CONFIG_KCSAN is not set
CONFIG_KEXEC=y
CONFIG_KEXEC_CORE=y
CONFIG_KEXEC_FILE=y
# CONFIG_KMSAN is not set
CONFIG_LD_IS_LLD=y
CONFIG_LTO=y
CONFIG_LTO_CLANG=y
# CONFIG_LTO_CLANG_FULL is not set
CONFIG_LTO_CLANG_THIN=y
# CONFIG_LTO_NONE is not set
# CONFIG_MITIGATION_RETHUNK is not set
CONFIG_MITIGATION_RETPOLINE=y
CONFIG_OBJTOOL=y
CONFIG_STACKPROTECTOR=y
CONFIG_STACKPROTECTOR_STRONG=y
# CONFIG_UBSAN is not set
CONFIG_UNWINDER_ORC=y
CONFIG_WERROR=y
CONFIG_X86_64=y
CONFIG_X86_64_SMP=y
CONFIG_X86_KERNEL_IBT=y
# CONFIG_ZERO_CALL_USED_REGS is not set

# Profile-guided optimization arrives through the user's KCFLAGS, as with
# out-of-tree PGO patches (mainline 6.12 generates no such flag).  ?= keeps
# a KCFLAGS from the environment; one on the command line always wins.
KCFLAGS ?= -fprofile-use=/path/to/x.profdata
