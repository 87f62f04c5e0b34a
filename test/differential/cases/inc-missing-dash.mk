# print: A
A := 1
-include inc-missing-dash.d/nope.mk
A := 2
