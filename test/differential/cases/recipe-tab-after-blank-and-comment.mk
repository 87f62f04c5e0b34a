# print: B
t:

# comment
	B := 2
$(info reached end)
