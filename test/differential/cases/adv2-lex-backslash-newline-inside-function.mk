# print: A B
A := $(subst a,\
b,xax)
B := $(foreach w,a \
   b,<$(w)>)
