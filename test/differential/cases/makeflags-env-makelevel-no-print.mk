# env: MAKELEVEL=1 MAKEFLAGS=--no-print-directory
$(info [$(MAKEFLAGS)] [$(MAKELEVEL)])
