# $(.VARIABLES) lists make's table of global variables slot by slot
# (variable.c lookup_special_var(); hash.c: jhash() of the name, 1024 slots),
# not in the order of definition.
zeta := 1
alpha := 2
m := 3
CFLAGS = -O2
obj-y += x.o
$(info $(filter-out MAKECMDGOALS,$(.VARIABLES)))
