.VARIABLES := mine
$(info [$(filter mine,$(.VARIABLES))] $(origin .VARIABLES) $(flavor .VARIABLES))
