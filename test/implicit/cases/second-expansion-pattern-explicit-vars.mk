# goal: x.o
# files: x.c cfg.h cfg.h.extra
# $$< and $$^ in a pattern rule's prerequisites: the target's explicit prerequisites.
.SECONDEXPANSION:
x.o: cfg.h
%.o: %.c $$<.extra
	@:$(info [$<|$^|$*])
