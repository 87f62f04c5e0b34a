MAKEFLAGS += --warn-undefined-variables
A := $(NOPE)
$(info reached end)
