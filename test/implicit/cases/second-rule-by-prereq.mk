# goal: dir/sub/a.o
# files: dir/sub/a.S
dir/%.o: dir/%.c FORCE
	@:$(info C <$@|$<|$^|$*>)
dir/%.o: dir/%.S FORCE
	@:$(info S <$@|$<|$^|$*>)
FORCE: ;
