# goal: all
# files: x.c
# A phony target gets no implicit rule search.
.PHONY: x.o
all: x.o
	@:$(info all [$^])
%.o: %.c
	@:$(info never)
x.o: ; @:
