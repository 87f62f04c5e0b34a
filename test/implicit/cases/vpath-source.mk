# goal: obj/x.o
# files: src/obj/x.c
VPATH := src
obj/%.o: obj/%.c FORCE
	@:$(info <$@|$<|$^|$*>)
FORCE: ;
