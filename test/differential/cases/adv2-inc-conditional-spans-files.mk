ifeq (a,a)
include adv2-inc-conditional-spans-files.d/a.mk
$(info reached end)
