t: $(subst a,b,c
