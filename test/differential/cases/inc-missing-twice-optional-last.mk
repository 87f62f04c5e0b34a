# A missing makefile named by include and then -include: make names it at its last mention.
include missing-a.mk
-include missing-a.mk
$(info reached end)
