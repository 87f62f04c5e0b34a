# env: MAKEFLAGS='-I nope-kflags-dir -I ./makeflags-env-include-dir.d/inc/ -Imakeflags-env-include-dir.d/inc'
# target: t
# print: MAKEFLAGS MFLAGS
# In a recipe MAKEFLAGS names the -I switches as given (without a leading ./), missing ones too.
