# export, override, private followed by words without an operator: they are
# all prerequisite names.
# print: P
# target: a
a: export override private foo bar
foo bar export override private:
P = $^
