# print: A B
A := [$(notdir dir/)]
B := [$(dir dir/)]
