# print: V
# target: t
# make ignores define here and reads the rest as an assignment.
t: override define V := x
