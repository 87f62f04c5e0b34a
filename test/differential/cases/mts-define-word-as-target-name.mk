# 'define' reached through a variable as a rule's target is a plain target
# name (the line starts with '$', not with the directive).
# print: P
# target: all
define = define
$(define) : ;@:
all: lib
lib:
P = $(define)
