# print: A
include inc-define-unterminated-in-included.d/d.mk
A := after
