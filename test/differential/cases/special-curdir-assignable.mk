# print: A
CURDIR := /custom
A := $(CURDIR) $(origin CURDIR)
