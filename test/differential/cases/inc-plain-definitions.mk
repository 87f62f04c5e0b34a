# print: CONFIG_A CONFIG_B CONFIG_C CONFIG_D CONFIG_ENV CONFIG_CMD CONFIG_EARLY CONFIG_EMPTY ORIGINS FLAVORS
# env: CONFIG_ENV=env
# args: CONFIG_CMD=cmd
# A file of plain definitions read twice, around definitions, exports and
# appends of its names (kflags defines such a file's variables without
# evaluating each line: the results must be make's).
export CONFIG_EARLY = early
-include inc-plain-definitions.d/auto.conf
export CONFIG_A
CONFIG_B += more
export CONFIG_C ?= ignored
override CONFIG_D = overridden
include inc-plain-definitions.d/auto.conf
ORIGINS := $(foreach v,A B C D ENV CMD EARLY EMPTY,$(origin CONFIG_$(v)))
FLAVORS := $(foreach v,A B C D ENV CMD EARLY EMPTY,$(flavor CONFIG_$(v)))
$(info $(sort $(filter CONFIG_%,$(.VARIABLES))))
$(info $(MAKEFILE_LIST))
