A := $(if x)
