# target: print-here
# print: ORDER FROM_MAKEFILES
# env: MAKEFILES=secondexp-order-makefiles.d/m.mk
# A makefile named by MAKEFILES is entered in make's file table before the
# makefiles of the command line (read.c read_all_makefiles()). As in
# secondexp-order-entries.mk: x1057's hash gives its slot, y2366's the next
# one; y2366's rule comes first, so x1057 follows it only if that name took
# x1057's slot.
.SECONDEXPANSION:
y2366: $$(eval ORDER += y2366)
x1057: $$(eval ORDER += x1057)
