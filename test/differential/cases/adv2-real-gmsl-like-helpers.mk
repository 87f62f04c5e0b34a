# print: U R M E
empty :=
space := $(empty) $(empty)
comma := ,
uniq = $(if $(1),$(firstword $(1)) $(call uniq,$(filter-out $(firstword $(1)),$(1))))
reverse = $(if $(1),$(call reverse,$(wordlist 2,$(words $(1)),$(1))) $(firstword $(1)))
map = $(foreach a,$(2),$(call $(1),$(a)))
upper1 = $(subst a,A,$(subst b,B,$(1)))
eq = $(if $(subst x$(1),,x$(2))$(subst x$(2),,x$(1)),,T)
L := b a c a b d
U := $(strip $(call uniq,$(L)))
R := $(strip $(call reverse,$(L)))
M := $(call map,upper1,$(L))
E := [$(call eq,abc,abc)][$(call eq,abc,abd)][$(subst $(space),$(comma),$(U))]
