# A recursive variable whose expansion appends to itself with $(eval): each
# expansion goes on with the text it started with (read twice: the second
# sees the first's append, not its own). kflags with --history expands such
# a value one assignment's piece at a time, and must do the same.
A = x$(eval A += $$0)
B := b
B += $(eval B += more)y
$(info [$(A)])
$(info [$(A)])
$(info [$(B)])
$(info [$(B)])
