# goal: x.o
# files: x.c x.s
# Two suffix rules for .o: the one whose source suffix comes first in
# .SUFFIXES is tried first (convert_to_pattern() goes by source suffix).
.SUFFIXES: .o .s .c
.c.o:
	@:$(info c [$<])
.s.o:
	@:$(info s [$<])
