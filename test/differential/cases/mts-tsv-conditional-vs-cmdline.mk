# A target-specific '?=' against a command-line value, and without one.
# print: FOO BAR
# target: a
# args: FOO=C
a: FOO ?= f1
a: BAR ?= f2
