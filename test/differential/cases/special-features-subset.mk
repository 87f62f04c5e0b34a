# print: A
A := $(filter else-if second-expansion undefine target-specific order-only define override,$(.FEATURES))
