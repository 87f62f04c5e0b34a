# goal: k/m.o
# files: k/m.c
k/%.o: private X = from-pattern-var
k/m.o: Y = from-target-var
k/%.o: k/%.c
	@:$(info <$<|$*|$(X)|$(Y)>)
