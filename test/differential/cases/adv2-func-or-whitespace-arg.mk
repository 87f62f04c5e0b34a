# print: A
S := $(subst x, ,x)
A := [$(or $(S),second)]
