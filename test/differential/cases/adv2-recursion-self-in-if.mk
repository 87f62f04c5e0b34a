# print: A
A = $(if $(filter x,$(A)),y,z)
