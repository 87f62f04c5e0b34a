A = $(B)
B = x $(A)
$(info before)
C := $(A)
