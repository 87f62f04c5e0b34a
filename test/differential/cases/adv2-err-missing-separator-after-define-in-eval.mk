X := $(eval foo)
