export A
A = $(B)
B := b
$(info $(flavor A) [$(A)])
