# OCamlMakefile's subprojects (its threads example's layout, our names):
# define PROJ_x ... endef, exported, SUBPROJS; OCamlMakefile's make_subproj
# template is $(eval)'d for each. Read as the inner make it runs, with
# SUBTARGET= from the command line.
export OCAMLMAKEFILE = /usr/share/ocamlmakefile/OCamlMakefile
export THREADS = yes

define PROJ_client
  SOURCES = proto.ml client.ml
  RESULT = client
  PACKS = unix
endef
export PROJ_client

define PROJ_server
  SOURCES = proto.ml server.ml
  RESULT = server
  LIB_PACK_NAME = kflags_server
  OCAMLFLAGS = -for-pack Kflags_server
endef
export PROJ_server

ifndef SUBPROJS
  export SUBPROJS = client server
endif

include $(OCAMLMAKEFILE)
