# print: define
define := x
define += y
