# print: A B
R = $(empty)
ifdef R
A := yes
else
A := no
endif
S := $(empty)
ifdef S
B := yes
else
B := no
endif
