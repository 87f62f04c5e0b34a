# A define inside a define body is just text; evaluating the outer body
# defines the inner variable (its body keeps the inner indentation).
# print: inner
define outer
 define inner
  A = B
 endef
endef
$(eval $(outer))
$(info [$(value inner)])
