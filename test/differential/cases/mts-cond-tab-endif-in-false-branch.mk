blah=1
ifdef blah
else
	endif
endif
$(info reached end)
