# Undefining .RECIPEPREFIX leaves the prefix it set in force.
.RECIPEPREFIX := >
undefine .RECIPEPREFIX
all:
>@echo hi
$(info reached end [$(.RECIPEPREFIX)])
