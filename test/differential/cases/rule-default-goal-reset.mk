$(info [$(.DEFAULT_GOAL)])
a: ;
.DEFAULT_GOAL :=
$(info [$(.DEFAULT_GOAL)])
b: ;
$(info [$(.DEFAULT_GOAL)])
