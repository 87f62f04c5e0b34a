# Without .POSIX: the blanks around a backslash-newline become one space.
define V
p   \
    q
endef
A := a   \
     b
$(info [$(V)] [$(A)])
