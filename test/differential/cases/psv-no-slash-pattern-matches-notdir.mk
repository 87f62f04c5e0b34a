# print: V
# target: dir/foo.o
foo.%: V := notdir-match
$(info reached end)
