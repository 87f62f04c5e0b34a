# print: ^
# target: a.o
.SECONDEXPANSION:
a.o: %.o: $$*.h
a.h:
