A := $(foreach a,b)
