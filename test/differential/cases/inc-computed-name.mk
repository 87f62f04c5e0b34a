# print: V
dir := inc-computed-name.d
include $(dir)/$(addsuffix .mk,v)
