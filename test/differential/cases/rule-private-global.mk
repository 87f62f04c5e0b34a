# print: A O
private A := p
O := $(origin A)
