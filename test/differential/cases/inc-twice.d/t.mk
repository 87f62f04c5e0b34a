COUNT += x
