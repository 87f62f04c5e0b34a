include adv2-inc-define-in-included-used-outside.d/a.mk
$(eval $(call MK,x))
$(info $(x_V))
