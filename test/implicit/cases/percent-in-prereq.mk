# goal: t
# files: 50%
# A percent in an explicit rule's prerequisite is an ordinary character.
t: 50%
	@:$(info [$<|$^])
