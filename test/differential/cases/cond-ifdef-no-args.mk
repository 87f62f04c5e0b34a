ifdef
endif
$(info reached end)
