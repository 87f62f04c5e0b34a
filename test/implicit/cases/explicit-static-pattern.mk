# goal: obj/sub/x.o
# files: src/sub/x.c inc/x.h
# Static pattern rule with a directory in the pattern and a stem with a slash.
objs := obj/sub/x.o obj/y.o
$(objs): obj/%.o: src/%.c inc/x.h
	@:$(info [$@|$<|$^|$*|$(*D)|$(*F)])
