$(info [$(.DEFAULT_GOAL)])
a: ;
$(info [$(.DEFAULT_GOAL)])
b: ;
$(info [$(.DEFAULT_GOAL)])
