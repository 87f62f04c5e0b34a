# goal: t
# files: x.c y.c z.c
# Every file's prerequisites are second-expanded after reading, in the order
# of make's file table (file.c snap_deps()), before anything is built; a
# pattern rule's only when implicit rule search tries it, target by target.
.SECONDEXPANSION:
t: x.o y.o s1.o s2.o d1 | z.o
	@:$(info t [$^] [$|])
%.o: $$(info pattern $$@ [$$^]) $$*.c
	@:$(info $@ [$^] $*)
s1.o s2.o: %.o: $$(info static $$@ $$*) x.c
	@:$(info $@ [$^] $*)
d1:: $$(info double-colon 1)
	@:$(info $@ one)
d1:: $$(info double-colon 2) y.c
	@:$(info $@ two [$^])
t: $$(info t $$@ [$$^])
