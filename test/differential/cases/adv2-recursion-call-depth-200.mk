# print: N
f = $(if $(1),$(call f,$(wordlist 2,999,$(1))))
L := $(foreach i,1 2 3 4 5 6 7 8 9 10,$(foreach j,1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20,x))
N := [$(call f,$(L))]
