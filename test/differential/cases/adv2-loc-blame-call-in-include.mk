include adv2-loc-blame-call-in-include.d/lib.mk
X := 1

Y := $(call g,x)
