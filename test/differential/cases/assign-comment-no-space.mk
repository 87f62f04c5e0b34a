# print: A
A := value# comment
A := [$(A)]
