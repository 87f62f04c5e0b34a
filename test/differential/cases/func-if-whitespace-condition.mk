# print: A B
sp := $(empty) $(empty)
A := $(if $(sp),nonempty,empty)
B := $(if $(sp)$(sp),nonempty,empty)
