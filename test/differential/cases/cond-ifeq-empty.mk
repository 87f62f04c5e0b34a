# print: A B C
ifeq (,)
A := both-empty
endif
ifeq ($(nothing),)
B := undefined-is-empty
endif
ifeq "" ""
C := quoted-empty
endif
