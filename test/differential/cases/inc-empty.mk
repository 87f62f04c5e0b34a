# print: A
include
-include
A := nothing-included
