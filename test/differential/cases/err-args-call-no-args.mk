# print: A
A := [$(call )]
