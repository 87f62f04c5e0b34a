A = $(word 0,a)
B := ok
C := $(A)
