# print: A
A := [$(file <no-such-file.txt)]
