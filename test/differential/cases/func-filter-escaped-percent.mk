# print: A B
A := $(filter \%x,%x ax)
B := $(filter-out \%%,%a %b c)
