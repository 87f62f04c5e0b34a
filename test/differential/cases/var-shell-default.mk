# print: A B
A := $(SHELL)
B := $(origin SHELL)
