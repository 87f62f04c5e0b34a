$(empty) $(empty) := value
$(info reached end)
