# print: A B C D
dirs := src/a/ src/b include/
A := $(patsubst %/,%,$(dirs))
B := $(sort $(dir $(wildcard adv2-nope-*/x.c) src/a/x.c src/a/y.c src/b/z.c))
C := $(notdir $(basename src/a/x.tar.gz ./y.c))
D := $(join $(addsuffix /,src include),a.h b.h)
