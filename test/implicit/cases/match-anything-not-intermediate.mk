# goal: a.o
# files: a.c.w a.z
# A match-anything rule that is not terminal is not tried for an
# intermediate file (a.c), nor where a more specific rule matched (a.o).
%.o: %.c
	@:$(info c [$<])
%: %.w
	@:$(info w [$@|$<])
%.o: %.z
	@:$(info z [$<])
