# The default goal is chosen when a rule line is read (before the rule is
# entered); a conditional right after it sees it.
x:
ifeq ($(.DEFAULT_GOAL),)
$(info not yet)
endif
$(info [$(.DEFAULT_GOAL)])
