# goal: lib.a
# files: a.o b.o
# An archive group lib.a(a.o b.o) in prerequisites: one member each; $^ and $+ name the members.
lib.a: lib.a(a.o b.o) lib.a(a.o)
	@:$(info [$<|$^|$+])
lib.a(%): % ; @:
