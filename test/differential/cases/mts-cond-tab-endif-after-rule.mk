blah=1
all:;
foo:
ifdef blah
	endif
endif
$(info reached end)
