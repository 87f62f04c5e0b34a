# env: MAKEFLAGS=--eval=oops
$(info not reached)
