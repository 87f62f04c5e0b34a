# print: A
# env: A=$(B)x
B := b
