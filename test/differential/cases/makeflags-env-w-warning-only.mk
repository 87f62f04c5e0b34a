# env: MAKEFLAGS=w
# -w: a warning (standard error) is enough; Entering directory still goes to standard output.
$(warning a warning)
