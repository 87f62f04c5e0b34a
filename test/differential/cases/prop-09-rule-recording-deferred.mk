x.o: dir/%.o: a.c
ifeq ($(warning cond),)
endif
