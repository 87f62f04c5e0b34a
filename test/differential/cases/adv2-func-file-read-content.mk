# print: A
A := [$(file <adv2-func-file-read-content.d/content.txt)]
