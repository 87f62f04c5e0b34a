F = $(word x,a)
H := $(call F)
