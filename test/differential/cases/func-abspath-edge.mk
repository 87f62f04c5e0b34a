# print: A B
A := $(abspath //a//b/ /../..)
B := $(abspath /a/./b/.)
