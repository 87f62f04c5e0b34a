# print: A B
A := $(filter a%b%,a1b2 a%b% a1b%)
B := $(filter %%,x% %% x)
