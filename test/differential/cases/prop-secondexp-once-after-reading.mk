# After reading, make second-expands every rule's prerequisites once; a
# warning then names the variable being expanded (there is no line being
# read). The printing comes before.
# print: B
B = b
W = $(warning second expansion of $@)
.SECONDEXPANSION:
y.o: $$(W) $$(warning direct)
$(info end of reading)
