# `&` right before the colon groups targets; `& :` makes a target named `&`;
# a grouped double-colon rule also needs a recipe.
# print: .DEFAULT_GOAL
a b & : c
	@:
x y &:: z
$(info reached)
