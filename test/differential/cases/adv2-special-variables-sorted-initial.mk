# print: A
A := $(sort $(filter-out MAKECMDGOALS,$(.VARIABLES)))
