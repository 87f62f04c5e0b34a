# print: A
ifeq (a,\
a)
A := yes
else
A := no
endif
