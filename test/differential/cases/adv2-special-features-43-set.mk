# print: A
A := $(filter target-specific order-only second-expansion else-if shortest-stem undefine oneshell nocomment grouped-target extra-prereqs notintermediate let intcmp,$(.FEATURES))
