# goal: gen.o
# files:
%.o: %.c
	@:$(info <$<|$^>)
gen.c:
	@:
