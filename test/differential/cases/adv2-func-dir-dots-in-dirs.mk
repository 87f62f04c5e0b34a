# print: D N S B
L := a.b/c d.e/f.g ./x .y/ /z.w/ h/.i
D := $(dir $(L))
N := [$(notdir $(L))]
S := $(suffix $(L))
B := $(basename $(L))
