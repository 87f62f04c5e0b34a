X := 1
export undefine X
$(info [$(origin X)])
