# print: V
# target: t
t: V := tv
undefine V
