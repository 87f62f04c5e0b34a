# Same define, the ifdef true (command line): the body (a conditional) is
# stored and evaluated by $(eval).
# args: BOGUS=1
# print: FOO
FOO = foo
NAME = def
def =
ifdef BOGUS
 define  $(subst e,e,$(NAME))     =
  ifeq (1,1)
   FOO = bar
  endif
 endef
endif
$(eval $(def))
