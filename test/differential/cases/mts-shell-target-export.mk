# A target-specific exported SHELL, and a global one: each at its target.
# env: SHELL=/bin/sh
# print: SHELL
# target: two
SHELL := /././bin/sh
one: two
two: export SHELL := /./bin/sh
one two:
$(info $(SHELL) $(origin SHELL))
