# env: MAKEFLAGS='kx --bogus -j4 -l3 -O -C dir -f file -o old -W new b m h'
# Unknown switches, and switches that may not come from MAKEFLAGS, are ignored silently.
$(info [$(MAKEFLAGS)])
