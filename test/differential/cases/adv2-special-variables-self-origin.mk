# print: A
A := $(origin .VARIABLES) $(flavor .VARIABLES) $(words $(filter A B C,$(.VARIABLES)))
B := 1
