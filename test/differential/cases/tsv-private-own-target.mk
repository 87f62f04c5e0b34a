# print: V
# target: t
t: private V := secret
