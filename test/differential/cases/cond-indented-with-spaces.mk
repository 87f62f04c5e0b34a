# print: A
   ifeq (a,a)
A := indented
   endif
