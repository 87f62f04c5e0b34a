# goal: foo.c
# files: x
# $* of an explicit rule whose name ends in no known suffix (with -r: none) is empty.
foo.c: x
	@:$(info [$*])
