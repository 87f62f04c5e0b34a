f = $(word $(1),a b)
g = $(call f,$(1))
