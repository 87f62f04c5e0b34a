blah=1
ifdef blah
else
	ifdef blah
endif
$(info reached end)
