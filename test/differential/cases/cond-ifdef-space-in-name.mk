# print: A
ifdef X Y
A := yes
else
A := no
endif
