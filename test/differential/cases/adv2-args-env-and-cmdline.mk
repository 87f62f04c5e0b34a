# print: A
# env: A=env
# args: A=cmd
A := file
$(info $(origin A))
