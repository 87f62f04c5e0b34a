# print: A B
export A := exported
unexport B
B := b
export
