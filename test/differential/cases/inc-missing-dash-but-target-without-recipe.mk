# print: A
A := parsed
-include inc-missing-dash-but-target-without-recipe.d/gen.mk
inc-missing-dash-but-target-without-recipe.d/gen.mk:
