# print: R
A := 1
undefine A
ifdef A
R := defined
else
R := undefined
endif
