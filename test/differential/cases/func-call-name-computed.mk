# print: A
fn_a = A-$(1)
which := a
A := $(call fn_$(which),arg)
