# args: A$$B=1 C\D:=2 E=$$x\y
# main.c define_makeflags(): quote_for_env() doubles the '$' and
# backslash-quotes the blanks and backslashes of a command-line variable's
# name as well as of its value.
$(info [$(-*-command-variables-*-)])
$(info [$(MAKEOVERRIDES)])
