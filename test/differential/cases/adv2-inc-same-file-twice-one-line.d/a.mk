N += x
