$(subst a,b,aaa)
