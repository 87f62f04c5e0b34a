# goal: t
# files: a b c
# Each double-colon rule's second expansion sees only its own prerequisites in $$^.
.SECONDEXPANSION:
t:: a
	@:$(info one [$^])
t:: b $$(if $$^,c)
	@:$(info two [$^])
