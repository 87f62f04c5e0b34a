# env: GNUMAKEFLAGS='e -- G=1' MAKEFLAGS=s
# GNUMAKEFLAGS is decoded first, then cleared.
$(info [$(GNUMAKEFLAGS)] [$(origin GNUMAKEFLAGS)] [$(MAKEFLAGS)] [$(G)] [$(origin G)] [$(MAKEOVERRIDES)] [$(origin MAKEOVERRIDES)])
