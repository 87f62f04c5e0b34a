# goal: t
# files: a$b c#d
# A dollar ($$) and a quoted hash in prerequisite names.
t: a$$b c\#d
	@:$(info [$^])
