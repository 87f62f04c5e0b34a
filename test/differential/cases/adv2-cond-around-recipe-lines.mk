X := 1
t:
	@echo a
ifeq ($(X),1)
	@echo b
else
	@echo c
endif
	@echo d
$(info reached end)
