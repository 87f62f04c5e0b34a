A := $(subst a,b,c}
