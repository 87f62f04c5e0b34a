# goal: a.o
# files: a.c b.c cfg.h more.h last.h
# The prerequisites of the rule with the recipe come first in $^ (and $<
# is its first), whichever rule came first: read.c's record_files() puts a
# recipe rule's prerequisites ahead of those already known. Kbuild relies
# on it: scripts/mod's `$(obj)/modpost.o: $(obj)/elfconfig.h` comes before
# Makefile.host's `$(host-cobjs): $(obj)/%.o: $(obj)/%.c` (the compile
# reads modpost.c).
objs := a.o b.o
a.o b.o: cfg.h
a.o: more.h
$(objs): %.o: %.c
	@:$(info [$<] [$^])
a.o: last.h
