# print: X Y
names := X Y
export $(names)
X := 1
Y := 2
