# goal: gen/x.h
# files: gen/x.def
# A pattern rule with two targets matched by the second, with a directory.
%.c %.h: %.def
	@:$(info [$@|$<|$*|$(*F)])
