# print: A
A := [$(nope:a=b)]
