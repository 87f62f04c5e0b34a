%.o a: b
