F = $(word x,a)
G = $(F)
H := $(G)
