# print: @D @F <D <F ^D ^F *D *F
# target: out/sub/t.o
out/sub/t.o: src/a.c b.h
src/a.c b.h:
