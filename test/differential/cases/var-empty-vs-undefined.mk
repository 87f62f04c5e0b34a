# print: A B C
E :=
A := $(origin E) $(flavor E)
B := $(if $(E),set,empty) $(origin U)
ifdef E
C := defined
else
C := notdefined
endif
