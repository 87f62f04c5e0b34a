# print: A
A := [$(flavor )]
