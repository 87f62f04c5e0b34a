# A suffix rule with prerequisites: make ignores them, with a warning at its recipe, after reading.
.SUFFIXES: .c .o .x .y
.c.o: foo.h
	@echo
$(warning after the rule)
.x.y: bar ; @:
.q.r: bar ; @:
.y.x: ; @:
$(info reached end)
