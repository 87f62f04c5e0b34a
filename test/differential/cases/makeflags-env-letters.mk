# env: MAKEFLAGS=ks
# MAKEFLAGS from the environment: single-letter switches, without a dash.
$(info [$(MAKEFLAGS)] [$(origin MAKEFLAGS)] [$(flavor MAKEFLAGS)] [$(MFLAGS)] [$(origin MFLAGS)])
