# print: A
# target: x.o
# A special target, a pattern rule: rules all the same.
A = $(eval .PHONY: zz)$(eval %.o: %.c)
x.o:
