# goal: t
# files: a
# D forms of names without a directory are `.`; F forms the name.
t: a
	@:$(info [$(@D)|$(@F)|$(<D)|$(<F)|$(^D)|$(*D)|$(*F)])
