# print: A
ifeq (a,b)
  ifeq (x
  endif
  ifdef
  endif
  this is garbage
else
A := ok
endif
