# print: V MAJ MIN OK
V := 4.3.1
parts := $(subst ., ,$(V))
MAJ := $(word 1,$(parts))
MIN := $(word 2,$(parts))
OK := $(if $(filter-out 0 1 2 3,$(MAJ)),new,old)
