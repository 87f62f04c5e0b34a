$(eval include eval-include-missing.d/none.mk)
$(info after)
