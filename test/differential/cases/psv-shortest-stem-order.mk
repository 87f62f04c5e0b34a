# print: V
# target: a/b/c.o
%.o: V += s1
a/%.o: V += s2
a/b/%.o: V += s3
%c.o: V += s4
