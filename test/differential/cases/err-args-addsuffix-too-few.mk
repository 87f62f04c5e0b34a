A := $(addsuffix .c)
