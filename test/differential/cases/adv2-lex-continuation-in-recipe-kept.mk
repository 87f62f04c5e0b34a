t:
	@echo a \
	b
$(info reached end)
