# print: A B
A := value    # comment
B := [$(A)]
