# main.c read_all_makefiles() reads the makefiles of $(MAKEFILES) first,
# each name as written (split at whitespace: `./` stays, no globbing), and
# with RM_NO_DEFAULT_GOAL: their rules, and those of the files they include,
# never set the default goal (an $(eval) in them is read with set_default).
# kflags let pre-target be the default goal, dropped the ./ and globbed.
# env: MAKEFILES='./inc-makefiles-env-default-goal.d/pre.mk inc-makefiles-env-default-goal.d/*.mk'
# print: PRE NESTED
$(info MAKEFILE_LIST: $(MAKEFILE_LIST))
$(info default goal: [$(.DEFAULT_GOAL)])
main-target: ; @:
$(info default goal: [$(.DEFAULT_GOAL)])
