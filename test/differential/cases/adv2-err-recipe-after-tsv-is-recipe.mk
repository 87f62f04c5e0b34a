t: V := 1
	@echo in recipe
$(info reached end)
