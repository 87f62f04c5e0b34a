# A rule line made of several lines by an expansion: a target-specific
# assignment on the next line, its value taking the lines after it.
# target: x
# print: A B
define T
x:
A = 1
endef
define U
x: B = 2
3
endef
$(T)
$(U)
$(info [$(A)])
