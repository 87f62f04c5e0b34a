# goal: lib.a(m.o)
# files: m.o m.c
# Second expansion for an archive member target: $$@ the archive, $$% the member.
.SECONDEXPANSION:
lib.a(m.o): $$% $$(basename $$%).c
	@:$(info [$@|$%|$<|$^])
