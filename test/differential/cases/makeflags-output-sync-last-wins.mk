# env: MAKEFLAGS='-Obogus --output-sync=recurse'
# Only the last -O counts.
$(info [$(MAKEFLAGS)])
