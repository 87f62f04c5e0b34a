# The pattern matches the whole name; no word does: the stem is the name.
.SECONDEXPANSION:
c\ d.o: c\ %.o: $$(info stem [$$*] [$$@])
$(info reached end)
