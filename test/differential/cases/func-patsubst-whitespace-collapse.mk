# print: A B
A := [$(patsubst %,%,  a   b  )]
B := [$(patsubst nomatch,x,  a   b  )]
