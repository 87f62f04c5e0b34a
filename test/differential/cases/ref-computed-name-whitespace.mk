# print: A B
x := foo
foo := FOO
A := [$( $(x))]
B := [$($(x) )]
