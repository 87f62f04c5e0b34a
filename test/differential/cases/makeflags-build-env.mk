# env: MAKEFLAGS='-k -I makeflags-env-include-dir.d/inc --eval=EV=a\ b -- V=1'
# args: A=1
# target: t
# print: MAKEFLAGS MFLAGS RAW EF
# From the environment: -I and --eval are in MAKEFLAGS in recipes.
RAW = $(value MAKEFLAGS)
EF = $(value -*-eval-flags-*-) $(flavor -*-eval-flags-*-) $(origin -*-eval-flags-*-)
$(info [$(MAKEFLAGS)] [$(value MAKEFLAGS)] [$(MFLAGS)])
