# print: A
# env: SHELL=/bin/false
A := $(SHELL) $(origin SHELL)
