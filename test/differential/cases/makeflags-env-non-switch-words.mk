# env: MAKEFLAGS='k s - override X=1 -- -k Y'
# Words that are neither switches nor definitions are ignored.
$(info [$(MAKEFLAGS)] [$(X)] [$(origin Y)])
