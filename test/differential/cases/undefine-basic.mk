# print: A O F
A := value
undefine A
O := $(origin A)
F := $(flavor A)
