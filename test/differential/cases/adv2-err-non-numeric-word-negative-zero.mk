A := $(word -0,a b)
