# print: A
ifdef NOPE
define X
endif
endef
A := wrong
endif
A ?= right
