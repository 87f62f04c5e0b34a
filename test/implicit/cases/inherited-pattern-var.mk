# goal: all
# files: x.c
# A pattern-specific variable of the parent applies while the prerequisite is built.
%ll: W = from-pattern
all: x.o
	@:$(info all [$(W)])
%.o: %.c
	@:$(info o [$(W)|$<])
