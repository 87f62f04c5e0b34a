# goal: t
# files:
# .DEFAULT builds a prerequisite without a rule: its $< is $@.
t: missing
	@:$(info [$^])
.DEFAULT:
	@:$(info default [$@|$<|$^])
