# include, -include and sinclude with no file names do nothing.
include
-include
sinclude
$(info reached end)
