# print: A B
# target: t1
# $(eval) of a rule while the recipe of t1 is expanded: make has snapped its
# prerequisites (snap_deps), so record_files() stops at the first rule. The
# location is the recipe's (make: the printer's line; kflags has none). What
# was printed before stays, B is never printed.
R = y.o: a.c
A = $(info before)$(eval $(R))after
B = b
t1:
