# Evaluating a define with a double-colon rule and an assignment, twice:
# through $(eval $(Y)) and through a variable expanding $(eval $(value Y)).
# print: A
define Y
  all:: ; @echo $AA
  A = B
endef
X = $(eval $(value Y))
$(eval A = A)
$(eval $(Y))
$(info $(A))
$(eval A = C)
$(eval $(X))
