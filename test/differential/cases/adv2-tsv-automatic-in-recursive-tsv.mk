# print: V
# target: t
t: dep
t: V = $@-$<-$^
dep:
