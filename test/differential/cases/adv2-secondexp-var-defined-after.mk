# print: ^ +
# target: t
.SECONDEXPANSION:
t: $$(DEPS) $(DEPS)
DEPS := a b
a b:
