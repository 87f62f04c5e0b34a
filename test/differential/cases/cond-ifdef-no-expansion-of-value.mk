# print: A
R = $(empty)
ifdef R
A := R-defined
endif
