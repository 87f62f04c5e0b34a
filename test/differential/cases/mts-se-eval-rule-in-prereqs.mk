# $(eval) of a rule while second-expanding prerequisites: fatal.
# target: proj1.exe
.SECONDEXPANSION:
proj1.exe : proj1.o $$(eval $$(test))
proj1.o:
define test
proj1.o : proj1.c
proj1.c: proj1.h
endef
