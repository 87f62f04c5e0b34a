# print: A B
A := [$(firstword )][$(lastword )]
B := [$(firstword    a   )][$(lastword a b   )]
