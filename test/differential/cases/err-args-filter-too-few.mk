A := $(filter %.c)
