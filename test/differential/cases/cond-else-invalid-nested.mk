ifeq (a,b)
else ifdef A B
$(info not shown: the broken else-if level ignores)
endif
