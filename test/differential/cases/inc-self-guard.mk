# print: COUNT
include inc-self-guard.d/guarded.mk
include inc-self-guard.d/guarded.mk
