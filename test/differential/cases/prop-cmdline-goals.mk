# Words that are not assignments are goals: MAKECMDGOALS holds them; a goal
# with a rule, a pattern rule or a file is fine, the first without stops.
# args: x foo.o nope other X=1
$(info [$(filter x foo.o nope,$(MAKECMDGOALS))] $(origin MAKECMDGOALS) [$(X)])
x: ; @:
%.o: %.c ; @:
foo.c:
