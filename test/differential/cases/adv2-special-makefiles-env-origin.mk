# print: A
A := $(origin MAKEFILES) [$(MAKEFILES)]
