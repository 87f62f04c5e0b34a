# print: V
  include inc-indented.d/v.mk
