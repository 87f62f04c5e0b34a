# print: A
foo_kf := 1
A := $(filter foo_kf,$(.VARIABLES))
