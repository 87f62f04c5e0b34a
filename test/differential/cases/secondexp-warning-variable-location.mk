# target: t1
# $(warning) in a second expansion, for a target without a recipe: at the
# outermost variable being expanded (X's line, not W's).
.SECONDEXPANSION:
W = $(warning w)
X = $(W)
a: $$(X)
t1:
