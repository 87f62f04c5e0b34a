# kflags profile: clang-thinlto-profile-use
# ThinLTO plus an instrumented (PGO) profile passed through KCFLAGS.
#
# The configuration part of a build: which compiler and which CONFIG_*
# options (as include/config/auto.conf holds them; options that are not set
# stay undefined). Read before toplevel.mk; NAME=VALUE on the command line
# overrides anything here.

include $(dir $(lastword $(MAKEFILE_LIST)))clang-thinlto.mk

# Profile-guided optimization arrives through the user's KCFLAGS, as with
# out-of-tree PGO patches (mainline 6.12 generates no such flag).  ?= keeps
# a KCFLAGS from the environment; one on the command line always wins.
KCFLAGS ?= -fprofile-use=/path/to/x.profdata
