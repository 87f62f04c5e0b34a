# print: A B
ifeq (a,a)
  ifeq (b,c)
    A := inner-true
  else
    A := inner-else
  endif
  B := outer-true
else
  ifeq (b,b)
    A := wrong
  endif
endif
