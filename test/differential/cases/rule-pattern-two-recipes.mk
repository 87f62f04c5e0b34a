%.o: x
	@:
%.o:: y
	@:
$(info no warnings for pattern rules)
