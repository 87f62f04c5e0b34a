# print: A
A := one \
     two \
     three
A := [$(A)]
