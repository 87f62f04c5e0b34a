# print: A
A := $(if $(info cond),t,f)
