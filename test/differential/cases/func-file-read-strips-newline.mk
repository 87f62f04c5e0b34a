# print: A W
A := [$(file <func-file-read-strips-newline.d/two-lines.txt)]
W := $(words $(A))
