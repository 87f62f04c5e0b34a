# print: A
A := [$(.DEFAULT_GOAL)]
