# kflags profile: gcc
# GCC 12 (Debian bookworm), no LTO.
#
# The configuration part of a build: which compiler and which CONFIG_*
# options (as include/config/auto.conf holds them; options that are not set
# stay undefined). Read before toplevel.mk; NAME=VALUE on the command line
# overrides anything here.

include $(dir $(lastword $(MAKEFILE_LIST)))../config/x86_64.mk

CONFIG_AS_IS_GNU=y
CONFIG_CALL_PADDING=y
CONFIG_CC_IMPLICIT_FALLTHROUGH=-Wimplicit-fallthrough=5
# CONFIG_CC_IS_CLANG is not set
CONFIG_CC_IS_GCC=y
CONFIG_CC_NO_ARRAY_BOUNDS=y
CONFIG_CC_NO_STRINGOP_OVERFLOW=y
CONFIG_CLANG_VERSION=0
CONFIG_FTRACE_MCOUNT_USE_CC=y
# CONFIG_FTRACE_MCOUNT_USE_OBJTOOL is not set
CONFIG_GCC_VERSION=120200
CONFIG_LD_IS_BFD=y
# CONFIG_LTO is not set
# CONFIG_LTO_CLANG is not set
CONFIG_LTO_NONE=y
CONFIG_MITIGATION_RETHUNK=y

# No LLVM=1: the GNU toolchain (gcc, GNU ld and as).
