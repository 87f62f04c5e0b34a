# print: V
# target: t
lib.a(foo.o):
lib.a(bar.o):
t: lib.a(foo.o bar.o)
t: V = [$^] [$<]
