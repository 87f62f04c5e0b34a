$(info included bar b.mk)
