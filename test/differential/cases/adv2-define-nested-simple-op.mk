# print: A B
define A :=
x
define B =
inner $(X)
endef
y
endef
X := 1
$(eval $(A))
