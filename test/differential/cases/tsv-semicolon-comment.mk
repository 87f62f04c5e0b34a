# target: x.o
# print: V W U E F
# A target-specific value with a `;`: what follows it is the line as written
# (read.c cuts the recipe off before removing the comment, and puts it back):
# a `#` there is no comment, a `\#` keeps its backslash; a `#` before the `;`
# is a comment, and the `;` in it nothing.
x.o: V = a ; b # c
x.o: W = a \# b ; c \# d # e
x.o: U = a # b ; c
x.o: E = $(subst ;,:,x;y) ; z # w
$(eval x.o: F = e ; f \# g # h)
