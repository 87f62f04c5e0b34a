# print: ^ |
# target: t
.SECONDEXPANSION:
t: $$(DEPS)
DEPS := a | b
a b:
