# read.c eval() skips a line's leading ISSPACE (NEXT_TOKEN), which holds the
# vertical tab, form feed and carriage return as well as the blank.
foo = 1
bar := 2
baz += 3
 	qux ?= 4
$(info [$(foo)] [$(bar)] [$(baz)] [$(qux)])