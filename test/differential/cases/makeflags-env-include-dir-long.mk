# env: MAKEFLAGS=--include-dir=makeflags-env-include-dir.d/inc
-include found.mk
$(info [$(MAKEFLAGS)])
