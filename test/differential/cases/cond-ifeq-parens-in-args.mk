# print: A
ifeq ($(subst a,b,aa),bb)
A := func-ok
endif
