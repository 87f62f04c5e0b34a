# A target-specific '?=' of an environment variable at another target changes
# neither its value nor its origin globally.
# print: hello
# target: all
# env: hello=moon
dummy: hello?=world
$(info $(origin hello) $(hello))
all: lib
lib:
