# print: A
# args: A=cmd
ifeq (1,1)
override A := forced
endif
