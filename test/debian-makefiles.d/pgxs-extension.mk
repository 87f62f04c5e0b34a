# A PostgreSQL extension's Makefile (PGXS, the documented layout): one shared
# library from several objects, SQL scripts, regression tests, docs; PGXS
# includes Makefile.global, Makefile.port and Makefile.shlib.
MODULE_big = kflags_ext
OBJS = kflags_ext.o util.o $(WIN32RES)
PGFILEDESC = "kflags_ext - a sample extension"
EXTENSION = kflags_ext
DATA = kflags_ext--1.0.sql kflags_ext--1.0--1.1.sql
DOCS = README.kflags_ext
REGRESS = basic upgrade
REGRESS_OPTS = --load-extension=plpgsql
PG_CPPFLAGS = -I$(srcdir)/include -DKFLAGS=1
PG_CFLAGS = -Wno-unused
SHLIB_LINK = -lm
SHLIB_LINK_INTERNAL = $(libpq)
EXTRA_CLEAN = generated.c

PG_CONFIG = /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
