A := $(subst a,b)
