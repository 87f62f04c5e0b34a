# env: MAKELEVEL=2
# MAKEFLAGS as the makefiles leave it is decoded again after reading: its
# bad switches are said then, and an unknown debug level is fatal.
MAKEFLAGS += -j0 --include-dir= --debug=i,q
$(info reached end)
