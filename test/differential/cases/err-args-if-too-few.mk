A := $(if)
$(info reached end)
