# print: foo_var
n := foo
define $(n)_var
computed
endef
