# print: A
.ONESHELL:
A := one
t:
	@echo a
	@echo b
$(info reached end)
