# print: A B
A := $(filter b a,a b c b a)
B := $(filter-out b,a b c b a)
