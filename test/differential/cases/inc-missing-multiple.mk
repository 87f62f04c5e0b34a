include inc-missing-multiple.d/a.mk inc-missing-multiple.d/b.mk
