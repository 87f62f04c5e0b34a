# print: A B
A := [$(filter ,a b)]
B := [$(filter-out ,a b)]
