# print: A
# Text that is not ASCII goes out as the bytes it came in as.
A := héllo ☃
$(info [$(A)] [$(words $(A))] [$(word 2,$(A))])
$(warning ünïcode)
x := $(word é,a)
