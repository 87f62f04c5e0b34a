# env: MAKEFLAGS=sw MAKELEVEL=1
# -s and -w both given: -w is not implied but asked for, and make says where it is.
$(info MAKEFLAGS=$(MAKEFLAGS))
