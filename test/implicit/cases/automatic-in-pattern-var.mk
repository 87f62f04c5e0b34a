# goal: d/e/x.o
# files: d/e/x.c
# Pattern-specific variables holding automatic variables and their D/F forms.
%.o: CFLAGS = -I$(*D) -o $(@F) -c $(<F)
%.o: %.c
	@:$(info [$(CFLAGS)])
