# kflags profile: clang-fulllto
# Clang 14 with LLVM=1 and full LTO (CONFIG_LTO_CLANG_FULL).
#
# The configuration part of a build: which compiler and which CONFIG_*
# options (as include/config/auto.conf holds them; options that are not set
# stay undefined). Read before toplevel.mk; NAME=VALUE on the command line
# overrides anything here.

include $(dir $(lastword $(MAKEFILE_LIST)))../config/clang.mk

CONFIG_LTO=y
CONFIG_LTO_CLANG=y
CONFIG_LTO_CLANG_FULL=y
# CONFIG_LTO_CLANG_THIN is not set
# CONFIG_LTO_NONE is not set
