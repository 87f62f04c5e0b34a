# print: A
A := [$(lastword a b )]
