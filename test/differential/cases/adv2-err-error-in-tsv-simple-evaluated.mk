t: V := $(error eager)
