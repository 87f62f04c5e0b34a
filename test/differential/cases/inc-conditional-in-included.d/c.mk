ifeq (1,1)
R := included-cond
else
R := no
endif
