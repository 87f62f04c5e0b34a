A = $(error from A)
B := ok
C := $(A)
