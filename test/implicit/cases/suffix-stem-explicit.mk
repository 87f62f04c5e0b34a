# goal: d/prog.o
# files: x
# $* of an explicit rule: the first suffix in .SUFFIXES order that matches, with the directory.
.SUFFIXES: .o .g.o
d/prog.o: x
	@:$(info [$*])
