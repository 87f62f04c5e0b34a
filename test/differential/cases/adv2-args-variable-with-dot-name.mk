# print: .X X.Y
# args: .X=1 X.Y=2
