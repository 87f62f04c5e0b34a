# A tab-indented 'else' inside the false branch of a conditional (after a
# variable assignment, not a rule): still a directive for make 4.3.
blah=1
ifdef blah
else
	else
endif
$(info reached end)
