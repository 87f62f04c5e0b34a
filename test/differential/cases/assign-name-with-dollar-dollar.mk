# print: A
x$$y := v
A := $(x$$y)
