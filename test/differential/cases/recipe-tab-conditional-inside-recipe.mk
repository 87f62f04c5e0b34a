# print: A
t:
ifeq (1,1)
	echo yes
else
	echo no
endif
A := after
