# goal: all
# files: exists
# A phony prerequisite's recipe runs even with a file of its name; its $@ and $^.
.PHONY: exists
all: exists gen
	@:$(info all [$^])
exists: gen
	@:$(info exists [$@|$^])
gen:
	@:$(info gen [$@|$^])
