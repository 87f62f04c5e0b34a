# goal: a.b.c.o
# files: a.b.c.c a.b.x
# Stems with dots; shortest stem wins between %.o and %.c.o-like patterns.
%.c.o: %.x
	@:$(info x [$<|$*])
%.o: %.c
	@:$(info c [$<|$*])
