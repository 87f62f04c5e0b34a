override unexport X := 1
$(info reached end [$(X)])
