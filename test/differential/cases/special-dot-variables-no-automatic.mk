# print: A
A := $(filter @ < ^ CURDIR,$(.VARIABLES))
