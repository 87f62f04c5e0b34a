# print: A O
# env: A=env
undefine A
O := $(origin A)
