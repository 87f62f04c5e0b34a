# print: A
A ?= one
A += two
A ?= three
