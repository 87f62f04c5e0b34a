# print: X Y
define X :=
$$(A) $(B)
endef
B := b
define Y :=
$(X)
endef
