# print: A
name := v
A := $(foreach $(name),x y,$(v)$(v))
