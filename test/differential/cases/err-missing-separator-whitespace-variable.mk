# print: A
$(empty)
   
A := blank-lines-ok
