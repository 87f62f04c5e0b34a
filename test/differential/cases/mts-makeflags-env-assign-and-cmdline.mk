# MAKEFLAGS from the environment holding only an assignment, plus another
# assignment on the command line.
# env: MAKEFLAGS=hello=world
# args: bye=moon
$(info [$(MAKEFLAGS)] $(hello) $(origin hello))
