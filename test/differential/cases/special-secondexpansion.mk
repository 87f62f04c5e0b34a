# print: V
# target: t
.SECONDEXPANSION:
t.c:
DEPS = t.c
t: $$(DEPS)
t: V = $^
