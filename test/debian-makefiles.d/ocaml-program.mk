# A program built with OCamlMakefile (its documented use): SOURCES of every
# kind it knows (.ml/.mli, ocamlyacc, ocamllex, C stubs, camlidl), packages,
# threads, libraries; include OCamlMakefile last.
OCAMLMAKEFILE = /usr/share/ocamlmakefile/OCamlMakefile
SOURCES = util.mli util.ml parser.mly lexer.mll stubs.c idl.idl main.ml
RESULT = kflags
PACKS = unix str
LIBS = nums
INCDIRS = ../common +threads
LIBDIRS = /usr/lib/kflags
THREADS = yes
OCAMLFLAGS = -w +a-4
OCAMLLDFLAGS = -g
CFLAGS = -O2 -Wall
CLIBS = m
ANNOTATE = yes
DOC_FILES = util.mli

all: native-code byte-code

include $(OCAMLMAKEFILE)
