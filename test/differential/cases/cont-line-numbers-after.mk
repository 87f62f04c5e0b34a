# print: A
A := a \
  b \
  c
$(warning line five)
