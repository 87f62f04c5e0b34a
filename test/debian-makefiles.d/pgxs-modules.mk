# PGXS with several single-file modules, a program and scripts, as contrib
# modules build outside the tree (USE_PGXS), with NO_INSTALLCHECK.
MODULES = kflags_a kflags_b
PROGRAM = kflags_tool
SCRIPTS = kflags_tool.sh
DATA_built = kflags_a.sql
PG_LIBS = $(libpq_pgport)
PG_LDFLAGS = -Wl,--as-needed
ISOLATION = concurrent
TAP_TESTS = 1
NO_INSTALLCHECK = 1

ifdef USE_PGXS
PG_CONFIG = /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
else
$(error the in-tree build is not part of this sample)
endif
