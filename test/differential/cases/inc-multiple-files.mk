# print: X Y
include inc-multiple-files.d/x.mk inc-multiple-files.d/y.mk
