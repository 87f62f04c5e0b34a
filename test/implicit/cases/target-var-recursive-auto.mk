# goal: a.o
# files: a.c
# A target-specific += on a recursive variable keeps references to automatic variables until the recipe.
DEPFLAGS = -MD -MF $(@D)/.$(@F).d
a.o: DEPFLAGS += -MT $@
%.o: %.c
	@:$(info [$(DEPFLAGS)])
