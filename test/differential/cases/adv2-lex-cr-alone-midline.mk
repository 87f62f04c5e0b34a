# print: A
A := ab
