sinclude missing-b.mk
include missing-a.mk
include missing-b.mk
-include missing-b.mk
-include missing-a.mk
$(info reached end)
