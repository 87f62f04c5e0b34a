msg = value of $(x)
x := 42
$(error $(msg))
