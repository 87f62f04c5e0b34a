# env: MAKEFLAGS='--keep --sil --no --p'
# getopt_long: a unique prefix is the option; an ambiguous one is ignored.
$(info [$(MAKEFLAGS)])
