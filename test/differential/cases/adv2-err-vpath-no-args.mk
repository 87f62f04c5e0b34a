vpath
vpath %.c
vpath %.c src
$(info reached end)
