F = $(word x,a)
H := $(value F)$(eval Z := $(F))
