# args: A=1 B=x
# target: t
# print: MAKEFLAGS MFLAGS MFLAGS_FLAVOR RAW
# In a recipe MAKEFLAGS has the command-line variables (a reference to MAKEOVERRIDES).
MFLAGS_FLAVOR = $(flavor MFLAGS) $(origin MFLAGS) $(origin MAKEFLAGS)
RAW = $(value MAKEFLAGS)
$(info [$(MAKEFLAGS)] [$(MFLAGS)])
