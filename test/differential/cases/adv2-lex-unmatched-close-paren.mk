# print: A
A := a)b$(subst x,y,x))
