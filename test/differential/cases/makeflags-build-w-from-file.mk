# -w added by the makefile: Entering directory when make starts building (after reading).
MAKEFLAGS += -w
$(info reading [$(MAKEFLAGS)])
