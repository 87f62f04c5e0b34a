# The same, but the missing template comes after a prerequisite that exists
# and has no rule, and after a target without a recipe: make still stops on
# the template.
# print: A
A = read
remake-makefile-prerequisites-before.mk: stamp-target remake-makefile-prerequisites-before.d/present.txt no-such-template.in
stamp-target:
