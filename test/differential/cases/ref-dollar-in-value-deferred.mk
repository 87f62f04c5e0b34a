# print: A B
cost = $$5
A := $(cost)
B = $(cost)
