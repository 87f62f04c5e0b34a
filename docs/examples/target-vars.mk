# Target-specific and pattern-specific variables apply while that target is built.
CFLAGS := -O2
%.o: CFLAGS += -fPIC
boot.o: CFLAGS := -Os
main.o: ; @:
boot.o: ; @:
