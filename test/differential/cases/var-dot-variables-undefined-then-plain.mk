# undefine frees the variable that carries make's `special` mark: a
# .VARIABLES defined afterwards is a plain variable, its value as assigned.
undefine .VARIABLES
$(info [$(.VARIABLES)])
.VARIABLES := mine
$(info [$(.VARIABLES)] $(origin .VARIABLES))
