# In a define's body (read.c do_define()), `endef` must be followed by a
# blank or the line's end (ISBLANK): a form feed after it makes a body line.
define foo
a
endef
b
endef
$(info [$(foo)])