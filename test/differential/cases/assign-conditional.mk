# print: A B C D
A ?= first
A ?= second
B :=
B ?= notused
C = $(x)
C ?= other
x := late
D ?= $(x)-deferred
x := later
