X = $(foreach w,a b,$(if $(filter b,$(w)),$(error bad $(w))))
$(info before)
Y := $(X)
