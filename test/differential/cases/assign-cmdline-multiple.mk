# print: A B
# args: A=1 B=2 A=3
