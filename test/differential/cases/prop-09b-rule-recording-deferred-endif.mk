%.o y.o: a.c
ifdef UNDEF
