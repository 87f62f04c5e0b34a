# print: COUNT
include inc-twice.d/t.mk
include inc-twice.d/t.mk
