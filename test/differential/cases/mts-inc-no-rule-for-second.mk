# Two includes, the first with a rule (that would have to run), the second
# with none: make reports the second.
.PHONY: default
default:; @echo DONE
inc1:; echo > $@
include inc1
include inc2
