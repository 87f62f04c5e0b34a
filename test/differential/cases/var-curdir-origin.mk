# print: A
A := $(origin CURDIR) $(flavor CURDIR)
