A = $(warning from A)
B := ok
C := $(A)
