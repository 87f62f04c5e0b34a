# print: V ^
# target: t
define RULE
t: dep1
t: V := from-eval
dep1:
endef
$(eval $(RULE))
