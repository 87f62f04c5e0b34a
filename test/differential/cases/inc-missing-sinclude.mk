# print: A
sinclude inc-missing-sinclude.d/nope.mk
A := ok
