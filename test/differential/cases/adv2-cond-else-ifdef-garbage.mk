ifdef A
else ifdef
endif
$(info reached end)
