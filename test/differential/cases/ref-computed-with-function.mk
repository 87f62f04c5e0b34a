# print: A
sources_a := a.c
sources_b := b.c
sel := a b
A := $(foreach s,$(sel),$(sources_$(s)))
