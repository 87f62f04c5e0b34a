# print: P
include inc-parent-dir-reference.d/sub/p.mk
