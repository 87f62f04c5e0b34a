# print: V
# target: t
# env: V=env
MAKEFLAGS += -e
t: V := tsv
