# MAKEFILES given on the command line is read first too (main.c expands
# $(MAKEFILES) whatever its origin, without undefined-variable warnings); a
# name that is missing is skipped silently. kflags read it only from the
# environment.
# args: MAKEFILES=inc-makefiles-env-default-goal.d/nested.mk$(NOSUCH)
# env: MAKEFLAGS=--warn-undefined-variables
# print: NESTED
$(info MAKEFILE_LIST: $(MAKEFILE_LIST) [$(origin MAKEFILES)])
main-target: ; @:
$(info default goal: [$(.DEFAULT_GOAL)])
