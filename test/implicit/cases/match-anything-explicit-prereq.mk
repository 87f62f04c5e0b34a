# goal: all
# files: tool.sh
# A prerequisite with no rule of its own made by a match-anything rule.
all: tool
	@:$(info all [$^])
%: %.sh
	@:$(info sh [$@|$<|$*])
