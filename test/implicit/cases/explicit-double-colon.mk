# goal: t
# files: a b c
# Double-colon rules: each has its own prerequisites; each recipe sees its own.
t:: a b
	@:$(info one [$<|$^|$+])
t:: c
	@:$(info two [$<|$^|$+])
