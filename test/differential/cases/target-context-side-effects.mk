# target: t.o
# print: R R2 R3
# What a target context expands twice with a side effect between: an $(eval)
# changes a value, $(info) prints each time, a variable appended to
# target-specifically sees its context.
v = one
m = $(v)
R = $(m) $(eval v = two)$(m) $(m)
k = $(info k expanded for $@)K
R2 = $(k)$(k)$(k)
T = base
t.o: T += more
t.o: private P = p
u = $(T):$(P)
R3 = $(u) $(call u) $(foreach T,loop,$(u)) $(u)
