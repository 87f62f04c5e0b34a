# define with operators glued to the name: '=', ':=', '::=', '+=', '?=' (and a
# comment after the operator).
# print: multi simple posix append cond
FOO = foo
define multi=
echo hi
@echo $(FOO)
endef # the end
define simple:=
@echo $(FOO)
endef
define posix::=
@echo $(FOO)
endef
append = @echo a
define append+=

@echo b
endef
define cond?= # a comment
@echo first
endef
define cond?=
@echo second
endef
FOO = there
