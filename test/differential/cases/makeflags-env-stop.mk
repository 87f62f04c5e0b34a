# env: MAKEFLAGS='kS --silent --no-silent'
# -S turns -k off, --no-silent turns -s off (the last one wins).
$(info [$(MAKEFLAGS)])
