X := x
