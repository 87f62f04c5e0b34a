# A directive's word ends at any ISSPACE (end_of_token()), its argument
# starts after the next (next_token()).
-includenonexist.mk
sincludenonexist2.mk
foo = 1
unexportfoo
export
vpath%.csrc
vpath
x := 1
undefinex
$(info [$(foo)] [$(x)] $(origin x))