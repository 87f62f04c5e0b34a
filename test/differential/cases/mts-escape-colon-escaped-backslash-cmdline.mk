# A value ending in '\\:' (an escaped backslash) leaves the colon unescaped.
# args: path=pre\\:
$(path)foo : ; @:
