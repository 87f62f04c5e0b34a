# goal: a.o
# files: a.c a.s
# A target in two static pattern rules: the second recipe overrides the
# first (with a warning), its prerequisites come first, $* from the pattern.
a.o: %.o: %.c
	@:$(info c [$<|$^|$*])
a.o: a%.o: a%.s
	@:$(info s [$<|$^|$*])
