# goal: all
# files: here
# .DEFAULT for two missing prerequisites: $< is $@ for each; a variable of
# the target that asked is inherited.
all: V = from-all
all: gen1 here gen2
	@:$(info all [$^])
.DEFAULT:
	@:$(info default [$@|$<|$^|$(V)])
