# A define with a computed name inside a false ifdef, its body holding a
# conditional: the body is skipped, the nested conditional too.
# print: FOO def
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
