# print: X
f = $(1)$(0)
X := $(call  f  ,a)
