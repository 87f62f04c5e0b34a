# print: A
X := 1
ifdef X   
A := yes
endif
