# print: A B C
A :=    leading
B := trailing   
C =   both   
A := [$(A)]
B := [$(B)]
C := [$(C)]
