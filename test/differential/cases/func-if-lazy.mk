# print: A B
A := $(if x,ok,$(error should not run))
B := $(if ,$(error nope),fine)
