define A
x
$(error in define)
endef
B := 1
C := $(A)
