# make keeps conditional levels in an array that a pop does not clear; a
# level pushed by an invalid else-if keeps its slot's last state (here:
# ignoring, left by the nested ifndef).
ifndef X
else
ifndef X
endif
endif
ifeq (a,b)
else ifneq (a,b #
$(info not shown)
