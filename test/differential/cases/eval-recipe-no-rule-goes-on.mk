# print: A B C
# target: t1
# What $(eval) may still read in a recipe: target-specific assignments (into
# t1's own set, seen at once), a rule line without targets, vpath, plain
# assignments and conditionals. None is a rule record_files() enters.
A = $(eval t1: B = tsv)$(B)
C = $(eval : a.c)$(eval vpath %.c dir)$(eval D := d)$(eval ifdef D$(newline)E := e$(newline)endif)$(D)$(E)
define newline


endef
t1:
