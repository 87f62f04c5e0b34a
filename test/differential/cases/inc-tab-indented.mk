# print: V
	include inc-tab-indented.d/v.mk
