# print: A
A := [$(value NOPE)][$(value .DEFAULT_GOAL)][$(value MAKEFILE_LIST)]
