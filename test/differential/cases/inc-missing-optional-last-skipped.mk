# The latest mention is tried first; an optional one is skipped.
include missing-b.mk
include missing-a.mk
-include missing-b.mk
$(info reached end)
