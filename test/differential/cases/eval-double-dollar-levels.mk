# print: A B C
x := X
$(eval A := $(x))
$(eval B := $$(x))
$(eval C = $$$$(x))
x := Y
