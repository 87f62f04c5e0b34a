# print: A B
reverse = $(2) $(1)
A := $(call reverse,a,b)
pathsearch = $(firstword $(wildcard $(addsuffix /$(1),$(subst :, ,$(2)))))
B := $(call pathsearch,func-call-basic.mk,.:/nonexistent)
