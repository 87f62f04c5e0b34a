.PHONY: x
$(info [$(.DEFAULT_GOAL)])
%.o: %.c ;
$(info [$(.DEFAULT_GOAL)])
.dot: ;
$(info [$(.DEFAULT_GOAL)])
real: ;
$(info [$(.DEFAULT_GOAL)])
