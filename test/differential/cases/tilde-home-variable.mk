# env: HOME=/from/env
# target: t
# print: ALL
# $(HOME) of the makefile counts; an empty one falls back to the environment's.
HOME := tilde-home.d
t: ~/sub/a.c
ALL = [$^] [$(wildcard ~/sub/*.c)]
HOME :=
$(info [$(wildcard ~)])
