A := $(patsubst %.c)
