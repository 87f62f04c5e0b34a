# args: CONFIG_X2123=c .INCLUDE_DIRS=c CONFIG_X1033=d
# Command-line variables are defined in the order given, before
# .INCLUDE_DIRS is (CONFIG_X2123, .INCLUDE_DIRS and CONFIG_X1033 share a slot).
$(info $(filter CONFIG_% .INCLUDE_DIRS,$(.VARIABLES)))
