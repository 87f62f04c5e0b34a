# print: A
ifdef LATER
A := seen
else
A := not-yet
endif
LATER := 1
