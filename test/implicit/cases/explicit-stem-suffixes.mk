# goal: dir/foo.tar.gz
# files: x
# $* of an explicit rule: the name without the first suffix of .SUFFIXES it ends with.
.SUFFIXES: .gz .tar.gz .z
dir/foo.tar.gz: x
	@:$(info [$*|$(*D)|$(*F)])
