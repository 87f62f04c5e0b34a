# print: A
A := [$(file <adv2-func-file-read-trailing-newlines.d/two-newlines.txt)]
