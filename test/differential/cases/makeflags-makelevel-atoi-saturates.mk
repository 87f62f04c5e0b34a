# env: MAKELEVEL='  +18446744073709551615junk'
# strtol() skips leading whitespace, takes a sign, stops at the first
# non-digit and holds at LONG_MAX, whose low 32 bits are all ones.
$(info [$(MAKELEVEL)])
