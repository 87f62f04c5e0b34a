# A foreach variable shadows the global one inside an $(eval) run by the loop:
# the evaluated target-specific ':=' sees FOREACH.
# print: x
# target: target
x := BAD
define mktarget
target: x := $(x)
endef
x := GLOBAL
$(foreach x,FOREACH,$(eval $(value mktarget)))
