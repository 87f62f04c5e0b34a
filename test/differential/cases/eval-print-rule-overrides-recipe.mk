# print: E F
# Without a target, the printer is read with the makefiles: an $(eval) of a rule
# is still allowed. make's warnings name the printer's line (kflags: none) and
# the old recipe's line.
t2:
	@echo old
E = $(eval t2: ; @echo new)e
F = $(eval x.o y.o x.o: a.c ; @:)f
