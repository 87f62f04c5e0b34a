X = $(EMPTY)
ifdef X
$(info X defined)
else
$(info X undefined)
endif
