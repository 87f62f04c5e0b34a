undefine .VARIABLES
$(info [$(words $(.VARIABLES))] $(origin .VARIABLES))
