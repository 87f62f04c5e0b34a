# Without SHELL in the environment, make's default SHELL is simple: a
# '+=' expands at once.
# print: SHELL
$(info $(origin SHELL) $(flavor SHELL))
SHELL += $(X)
X = -e
