# print: A B C D
A := $(suffix src/foo.c src-1.0/bar.c hacks)
B := $(basename src/foo.c src-1.0/bar hacks)
C := $(suffix a.b/c .x a.b.c)
D := $(basename a.b/c .x a.b.c /x.y/)
