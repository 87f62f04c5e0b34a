A := $(join a)
