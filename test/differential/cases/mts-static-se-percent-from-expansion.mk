# Second expansion of a static pattern rule: a '%' that a variable's value
# brings in is replaced by the stem too (the first one of each name), in
# normal and order-only prerequisites.
# print: P O
# target: foo.o
.SECONDEXPANSION:
X = x.% y.%%
Y = o.%
foo.o: %.o: $$(X) %.c | $$(Y)
x.foo y.foo% foo.c o.foo:
P = $^
O = $|
