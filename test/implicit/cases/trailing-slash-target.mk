# goal: d/sub/
# files:
# A target with a trailing slash: its last slash does not count as the
# directory's (implicit.c: foo/bar/ is bar/ in directory foo/).
%/:
	@:$(info [$@|$*|$(@D)|$(@F)|$(*D)|$(*F)])
