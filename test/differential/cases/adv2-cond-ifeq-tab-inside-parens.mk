ifeq (	a	,	a	)
$(info tab-eq)
endif
$(info reached end)
