# env: MAKEFLAGS='--include-dir= --eval= --output-sync= -k'
# A switch whose argument is a string refuses an empty one.
$(info [$(MAKEFLAGS)] [$(.INCLUDE_DIRS)])
