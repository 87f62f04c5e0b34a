# env: CONFIG_X742=y CONFIG_X179=z
# make imports the environment before defining MAKEFLAGS (CONFIG_X742 has
# its slot) but after .VARIABLES (CONFIG_X179 has its slot).
$(info $(filter-out MAKECMDGOALS,$(.VARIABLES)))
