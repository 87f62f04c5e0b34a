# print: ^ * <
# target: a.o
OBJ := a.o b.o
$(OBJ): %.o: %.c hdr.h
a.c b.c hdr.h:
