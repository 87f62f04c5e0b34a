A := $(or $(info o1),x,$(info o2))
B := $(and $(info a1)y,,$(info a2))
C := $(and a,b,$(info a3)c)
$(info [$(A)][$(B)][$(C)])
