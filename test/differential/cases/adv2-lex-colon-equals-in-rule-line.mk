# print: A
t: A:=1
$(info [$(A)])
