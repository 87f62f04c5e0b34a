# goal: all
# files: a.c
# A private target variable is not inherited by a prerequisite; a normal
# one is, and the prerequisite's own wins.
all: private P = p-all
all: N = n-all
all: O = o-all
a.o: O = o-a
all: a.o
	@:$(info all [$(P)|$(N)|$(O)])
%.o: %.c
	@:$(info o [$(P)|$(N)|$(O)|$@])
