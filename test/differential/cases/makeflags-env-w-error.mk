# env: MAKEFLAGS=-w
# -w: Leaving directory is printed after an error too.
$(info [$(MAKEFLAGS)])
$(error stop here)
