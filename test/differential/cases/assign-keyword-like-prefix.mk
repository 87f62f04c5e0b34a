# print: exportx overridden
exportx := 1
overridden := 2
