# print: A B C
# target: x.o
# make sets up a target's pattern-specific variables once, before its recipe
# is expanded: one an $(eval) in the recipe defines is not the target's (B
# stays global), while a target-specific one goes into the target's own set
# and is seen at once (C).
A = $(eval %.o: B = pat)$(eval x.o: C = tsv)a
B = glob
C = glob
x.o:
