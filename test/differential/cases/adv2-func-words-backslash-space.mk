# print: A
A := $(words a\ b)
