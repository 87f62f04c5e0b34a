# goal: out/x.o
# files: src/x.c out/x.h
# Second expansion with $$(@D), $$(@F) and functions of $$@ in an explicit rule.
.SECONDEXPANSION:
out/x.o: $$(patsubst out/%.o,src/%.c,$$@) $$(@D)/$$(basename $$(@F)).h
	@:$(info [$<|$^])
