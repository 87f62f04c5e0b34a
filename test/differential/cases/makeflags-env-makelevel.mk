# env: MAKELEVEL=2
# MAKELEVEL above 0: make says where it is, and MAKEFLAGS has w.
$(info [$(MAKEFLAGS)] [$(MAKELEVEL)] [$(origin MAKELEVEL)])
