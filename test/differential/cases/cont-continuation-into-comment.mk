# print: A B
A := a # comment \
B := still comment
A := [$(A)]
