# target: t1
# $(warning) in a second expansion: at the recipe of the target whose
# prerequisites are expanded (not at W's line).
.SECONDEXPANSION:
W = $(warning w)
b: $$(W)
	@:
t1:
