# goal: sub/built-in.a
# files: sub/x.o
# Kbuild with obj=.: a static pattern ./%/built-in.a loses its ./, the stem is the directory.
obj := .
subdir-builtin := sub/built-in.a
$(subdir-builtin): $(obj)/%/built-in.a: $(obj)/% FORCE
	@:$(info [$@|$<|$^|$*])
FORCE:
