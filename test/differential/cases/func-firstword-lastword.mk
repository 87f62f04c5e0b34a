# print: A B C D
A := $(firstword foo bar)
B := [$(firstword )]
C := $(lastword foo bar)
D := [$(lastword )]
