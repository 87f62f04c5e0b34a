# print: A
# args: A::=$(C)
C := c
$(info $(flavor A))
