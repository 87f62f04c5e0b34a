# print: A
A := parsed
include inc-missing-but-target-without-recipe.d/gen.mk
inc-missing-but-target-without-recipe.d/gen.mk:
