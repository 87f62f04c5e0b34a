# env: MAKEFLAGS=s MAKELEVEL=1
# A sub-make under -s (CMake's $(MAKE) $(MAKESILENT), MAKESILENT = -s): make 4.3
# implies -w below the top level except under -s, so it prints no "Entering
# directory" and MAKEFLAGS has no w.
$(info MAKEFLAGS=$(MAKEFLAGS) MAKELEVEL=$(MAKELEVEL))
