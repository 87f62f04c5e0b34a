# env: MAKEFLAGS='k -- X=1 Y:=two\ words Z+=z'
# NAME=VALUE words after -- are command-line variables.
$(info [$(MAKEFLAGS)] [$(X)] [$(origin X)] [$(flavor X)] [$(Y)] [$(flavor Y)] [$(Z)] [$(MAKEOVERRIDES)])
X = file
$(info [$(X)])
