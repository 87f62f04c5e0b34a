A := $(foreach x,a)
