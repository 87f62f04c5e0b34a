# A command-line value ending in '\:' names a target with a colon in it; as a
# prerequisite the same text is one name, 'pre:foo'.
# args: path=pre\:
# print: P
# target: all
$(path)foo :
all: $(path)foo
P = $^
