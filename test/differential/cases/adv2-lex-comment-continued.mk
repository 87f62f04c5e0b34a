# print: A
# a comment \
A := hidden
A ?= shown
