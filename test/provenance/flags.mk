BASE := -O2 -Wall
LTO := -flto=thin -fsplit-lto-unit
CFLAGS := $(BASE)
CFLAGS += $(LTO) -g
define mkflag
-D$(1)=1 -fkeep
endef
CFLAGS += $(call mkflag,FOO)
CFLAGS += $(foreach f,a b,-f$(f) -m$(f)x)
$(eval EV := -fromeval $(LTO))
CFLAGS += $(EV)
CFLAGS := $(filter-out -flto=thin,$(CFLAGS))
REC = -rec1 $(BASE)
REC += -rec2 $(if x,-then,-else)
t.o: CFLAGS += -target-specific
%.o: CFLAGS += -pattern
INC = -I$(srcdir)/include
srcdir = /src
