# print: V
$(eval include inc-eval-include.d/v.mk)
