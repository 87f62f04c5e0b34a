# env: MAKEFLAGS=w
# -w: Entering and Leaving directory (on standard output).
$(info [$(MAKEFLAGS)])
