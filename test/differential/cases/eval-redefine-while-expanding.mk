# Redefining a variable while it is being expanded: it is still the same
# variable, so referring to it again is recursion.
B = $(eval B = 1)$(B)
A = $(B)
$(info $(A))
