V := 1
F = $(wordlist 1,$(V)x,a)
t: G = $(F)

H := $(F)
