# print: A
# env: FOO=1 BAR=2
X := 1
undefine CURDIR
A := $(words $(filter-out MAKECMDGOALS,$(.VARIABLES)))
