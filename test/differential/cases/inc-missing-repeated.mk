include missing-a.mk missing-b.mk
include missing-a.mk
$(info reached end)
