$(empty) = value
