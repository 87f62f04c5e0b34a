# print: A
A := no shell here
