# print: V
# target: dep
t: dep
dep:
t: private V := secret
$(info reached end)
