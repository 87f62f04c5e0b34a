$(eval F = $$(word x,a))

H := $(F)
