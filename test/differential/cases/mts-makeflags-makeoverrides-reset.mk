# Overriding command-line variables in the file, then emptying MAKEOVERRIDES.
# args: FOO=bar hello:=world
$(info [$(MAKEFLAGS)])
override FOO=moon
override hello:=moon
export hello
$(info [$(MAKEFLAGS)])
MAKEOVERRIDES=
$(info [$(MAKEFLAGS)])
