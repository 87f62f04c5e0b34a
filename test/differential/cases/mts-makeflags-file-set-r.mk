# Setting MAKEFLAGS to R in the file when the environment gave an assignment.
# env: MAKEFLAGS=hello=world
# args: bye=moon
$(info [$(MAKEFLAGS)])
MAKEFLAGS = R
$(info [$(MAKEFLAGS)] [$(origin MAKEFLAGS)] [$(MAKEOVERRIDES)])
