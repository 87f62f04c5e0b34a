# print: A
A := [$(nosuch a,b)]
