# print: V
# target: a.o
# args: V=cmd
%.o: override V := pat
