# After a rule, a tab-indented 'ifdef' inside a conditional is a recipe line.
blah=1
all:;
foo:
ifdef blah
	ifdef blah
endif
$(info reached end)
