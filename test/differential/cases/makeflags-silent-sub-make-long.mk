# env: MAKEFLAGS=--quiet MAKELEVEL=2
# -s given as --quiet, two levels down: no implied -w either.
$(info MAKEFLAGS=$(MAKEFLAGS))
