# env: MAKEFLAGS='--eval=EV:=evaluated -E EV2=two --eval=EV3=a\ b'
# --eval from MAKEFLAGS: read before the makefiles, and kept in MAKEFLAGS.
$(info [$(EV)] [$(EV2)] [$(EV3)] [$(origin EV)] [$(MAKEFLAGS)] [$(MAKEFILE_LIST)])
