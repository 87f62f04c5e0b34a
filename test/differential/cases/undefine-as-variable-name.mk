# print: undefine
undefine := 3
