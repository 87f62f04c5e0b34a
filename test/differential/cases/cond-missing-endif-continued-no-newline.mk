ifndef D
	obj-y =\
endif # done