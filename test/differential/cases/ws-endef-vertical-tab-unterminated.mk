# `endef` then a vertical tab and text is a body line, never an endef with
# extraneous text: the define is left unterminated.
define foo
a
endefjunk
$(info [$(foo)])