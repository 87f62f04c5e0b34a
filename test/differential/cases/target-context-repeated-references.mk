# target: t.o
# print: R R4 R5
# A recursive variable referenced several times in one target context, each
# time under other $(call) and $(foreach) scopes (loop variables named $@, $^
# and $2, a nested call hiding an outer argument): every reference is
# expanded where it stands.
x = global
2 := two
n = $@-$1-$x
f = $(n)
R = $(n) $(call f,A) $(foreach x,a b,$(n)) $(n) $(call f,B) $(n)
g = <$1|$2>
h = $(call g,X)
wrap = $(h)
R4 = $(h) $(call wrap,P,Q) $(h) $(foreach 2,z,$(h)) $(h)
s = $(suffix $@)$(word 2,$^)
R5 = $(s) $(foreach @,other.c,$(s)) $(s) $(foreach ^,a b,$(s)) $(s)
t.o: one.c two.c
one.c two.c: ;
