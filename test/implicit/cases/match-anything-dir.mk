# goal: d/sub/
# files:
# A match-anything rule for a name with a trailing slash: its directory is d/, the stem d/sub/.
%::
	@:$(info [$@|$*|$(*D)|$(*F)])
