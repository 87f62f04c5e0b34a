blah=1
all:;
foo:
ifdef blah
	else
else
endif
$(info reached end)
