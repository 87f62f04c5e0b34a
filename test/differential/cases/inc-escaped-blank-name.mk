# include reads names as make reads them: a backslash-quoted blank belongs to the name.
-include nothere\ one.mk
include nother\\\
 e.mk
$(info reached end)
