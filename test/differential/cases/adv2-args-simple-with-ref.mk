# print: A B
# args: B:=[$(C)] A=[$(C)]
C := c
