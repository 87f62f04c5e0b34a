# An unterminated reference in a command-line value is harmless until used.
# args: hello=$(world
$(info good)
