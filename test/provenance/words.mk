LIST := -fa -fb
F2 := $(foreach f,$(LIST),$(f))
DUP := -x -y -x
KEEP := $(filter-out -y,$(DUP))
SUBST := $(LIST:-f%=-m%)
P := $(patsubst -f%,-g%,$(LIST)) -plain
E = $(ENVV)
