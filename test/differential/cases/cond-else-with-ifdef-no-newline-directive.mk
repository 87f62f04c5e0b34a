# print: A
ifdef X
A := 1
else ifdef
A := 2
endif
$(info reached end)
