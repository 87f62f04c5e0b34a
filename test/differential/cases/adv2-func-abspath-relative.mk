# print: A
A := $(patsubst $(CURDIR)%,<CUR>%,$(abspath x/../y ./ . ..x))
