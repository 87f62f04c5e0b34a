# print: A B C
A := [$(strip   a   b    c  )]
B := [$(strip )]
x := $(empty)  tab	here  $(empty)
C := [$(strip $(x))]
