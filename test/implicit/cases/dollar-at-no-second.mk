# goal: t
# files:
# Without .SECONDEXPANSION, $$@ in prerequisites names a file "$@" ($@ is empty in the first expansion).
t: $$@x $@y
	@:$(info [$^])
$$@x: ; @:
y: ; @:
