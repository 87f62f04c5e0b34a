# kflags profile: clang
# Clang 14 (Debian bookworm) with LLVM=1, no LTO.
#
# The configuration part of a build: which compiler and which CONFIG_*
# options (as include/config/auto.conf holds them; options that are not set
# stay undefined). Read before toplevel.mk; NAME=VALUE on the command line
# overrides anything here.

include $(dir $(lastword $(MAKEFILE_LIST)))../config/clang.mk

# CONFIG_LTO is not set
# CONFIG_LTO_CLANG is not set
# CONFIG_LTO_CLANG_FULL is not set
# CONFIG_LTO_CLANG_THIN is not set
CONFIG_LTO_NONE=y
