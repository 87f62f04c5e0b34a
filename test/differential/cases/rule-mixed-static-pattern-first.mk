# A static pattern rule whose first target is a pattern: fatal, before its
# targets are matched against the target pattern.
$(info reached start)
%.o: %.c: x
	@echo $@
$(info not reached)
