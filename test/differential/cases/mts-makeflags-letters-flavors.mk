# MAKEFLAGS assigned a letter in the file with '=', ':=' and '+='; the command
# line's -k (through the environment) stays or goes.
# env: MAKEFLAGS=k
$(info [$(MAKEFLAGS)])
MAKEFLAGS = B
$(info [$(MAKEFLAGS)])
MAKEFLAGS := s
$(info [$(MAKEFLAGS)])
MAKEFLAGS += -i
$(info [$(MAKEFLAGS)])
