include inc-missing-twice-same.d/x.mk
include inc-missing-twice-same.d/x.mk
