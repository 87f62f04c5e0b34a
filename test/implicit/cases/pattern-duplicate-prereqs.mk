# goal: a.o
# files: a.c a.h common.h
# Duplicates in a pattern rule, and explicit prerequisites that repeat them.
a.o: common.h a.c
%.o: %.c %.h %.c common.h
	@:$(info [$<|$^|$+])
