# The program of a command run without the shell is looked up in the PATH
# make started with; words are split and quotes removed as make's job.c
# does; an assignment word, a builtin or shell syntax needs the shell;
# SHELL and .SHELLFLAGS other than the defaults always use them.
# shell: allow
# env: PATH=/usr/bin:/bin
a := $(shell printf '[%s]' "a b" 'c  d' e\ f '' x"y"z)
$(info quoted: $(a))
b := $(shell A=1 printenv A)
$(info assignment first: [$(b)] $(.SHELLSTATUS))
c := $(shell printenv A=1)
$(info assignment later: [$(c)] $(.SHELLSTATUS))
d := $(shell printf '%s' "a\"b")
$(info backslash in double quotes: [$(d)])
PATH := /nowhere
e := $(shell printf ok)
$(info the makefile's PATH does not count: [$(e)])
SHELL := sh
f := $(shell printf sh)
$(info SHELL by name: [$(f)] $(.SHELLSTATUS))
SHELL := /bin/sh
.SHELLFLAGS := -e -c
g := $(shell false; printf no)
$(info -e -c: [$(g)] $(.SHELLSTATUS))
