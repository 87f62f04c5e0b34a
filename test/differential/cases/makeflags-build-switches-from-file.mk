# args: A=1
# target: t
# print: MAKEFLAGS MFLAGS
# Switches the makefile added to MAKEFLAGS count after reading.
MAKEFLAGS += -k -i -I makeflags-env-include-dir.d/inc
$(info [$(MAKEFLAGS)] [$(MFLAGS)])
