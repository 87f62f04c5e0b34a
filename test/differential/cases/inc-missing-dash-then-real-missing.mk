-include inc-missing-dash-then-real-missing.d/a.mk
include inc-missing-dash-then-real-missing.d/b.mk
$(info parsed to end)
