# print: A B C
# $(eval NAME += x) in a $(foreach) over NAME appends to the loop's value
# and defines the result globally (variable.c do_variable_definition():
# the old value is looked up in every scope, the new one defined in the
# global set, whose origins alone count); the loop's own value is untouched.
X := $(foreach A,a.c,$(eval A += ce)[$(A)])
$(info $(X) [$(A)])
f = $(foreach 1,one,$(eval B += $(1)))$(eval C += $(1))
Y := $(call f,arg)
