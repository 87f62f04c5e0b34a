# print: A
# target: t1
# A rule with a recipe line, then a line that ends it: make records the rule
# (and stops) when that line is read, before the line's own $(info) is run.
define R
y.o: a.c
	@:
$$(info after the rule)
endef
A = $(info before)$(eval $(R))after
t1:
