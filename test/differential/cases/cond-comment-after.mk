# print: A
ifeq (a,a) # comment
A := yes
else # comment
A := no
endif # comment
