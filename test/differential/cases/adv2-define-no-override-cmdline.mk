# print: X
# args: X=cmd
define X
file
endef
$(info $(origin X))
