-include nonexistent-anywhere-kflags.mk
$(info reached end)
