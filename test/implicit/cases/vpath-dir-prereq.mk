# goal: lib/x.o
# files: src/lib/x.c
# A prerequisite with a directory found through VPATH: the directory is kept under the VPATH one.
VPATH = src
%.o: %.c
	@:$(info [$<|$*])
