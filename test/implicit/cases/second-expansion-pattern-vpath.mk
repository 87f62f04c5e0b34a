# goal: x.o
# files: src/x.c
# A second-expanded pattern prerequisite found through VPATH.
.SECONDEXPANSION:
VPATH = src
SRC = $$*.c
%.o: $(SRC)
	@:$(info [$<|$^])
