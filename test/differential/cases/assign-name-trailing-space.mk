# print: A
A    = spaced name
