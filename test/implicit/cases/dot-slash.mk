# goal: t
# files: a b/c
# A leading ./ is dropped from prerequisite names; a ./ inside stays.
t: ./a .//b/./c ./
	@:$(info [$<|$^])
