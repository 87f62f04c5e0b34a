# print: V
# target: aa.o
%a.o: V += second-defined-first
a%.o: V += first-defined-second
