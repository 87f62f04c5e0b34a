T := a.o %.c
$(T): x
