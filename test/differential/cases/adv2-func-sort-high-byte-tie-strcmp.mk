# print: B
B := $(if $(filter ab,$(firstword $(sort aé ab))),ab-first,ae-first)
