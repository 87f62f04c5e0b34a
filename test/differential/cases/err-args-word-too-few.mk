A := $(word 1)
