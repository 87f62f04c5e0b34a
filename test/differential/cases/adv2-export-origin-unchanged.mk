# print: A
A := 1
export A
unexport B
export C = $(A)
$(info $(origin C) $(flavor C))
