# kflags fragment: Clang 14 with LLVM=1 (clang, ld.lld and the llvm tools),
# the options a clang build adds to the x86_64 base.

include $(dir $(lastword $(MAKEFILE_LIST)))x86_64.mk

LLVM ?= 1

CONFIG_AS_IS_LLVM=y
# CONFIG_CALL_PADDING is not set
CONFIG_CC_HAS_AUTO_VAR_INIT_ZERO_ENABLER=y
CONFIG_CC_IMPLICIT_FALLTHROUGH=-Wimplicit-fallthrough
CONFIG_CC_IS_CLANG=y
# CONFIG_CC_IS_GCC is not set
CONFIG_CLANG_VERSION=140006
# CONFIG_FTRACE_MCOUNT_USE_CC is not set
CONFIG_FTRACE_MCOUNT_USE_OBJTOOL=y
CONFIG_GCC_VERSION=0
CONFIG_LD_IS_LLD=y
# CONFIG_MITIGATION_RETHUNK is not set
