# A nested `define` counts only when a blank or the line's end follows it:
# with a vertical tab the first endef ends the define, and the second is
# a line of its own.
define foo
definebar
endef
endef
$(info [$(foo)])