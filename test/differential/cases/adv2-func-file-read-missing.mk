# print: A
A := [$(file <adv2-nonexistent-file.txt)]
