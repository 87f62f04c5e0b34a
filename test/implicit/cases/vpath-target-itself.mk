# goal: all
# files: src/lib.o
# A target found through VPATH with no reason to be remade keeps the path.
VPATH = src
all: lib.o
	@:$(info [$^])
lib.o:
