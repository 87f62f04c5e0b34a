# env: MAKEFLAGS='-w --no-print-directory'
$(info [$(MAKEFLAGS)])
