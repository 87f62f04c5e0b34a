# print: A B
# a comment \
A := swallowed
B := visible
