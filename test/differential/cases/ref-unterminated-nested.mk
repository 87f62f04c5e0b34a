A := $(patsubst %,$(x,y)
