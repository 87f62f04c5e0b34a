# print: B
.POSIX:
B := c  \
d
