# $(wildcard) of archive member references (function.c string_glob(),
# through parse_file_seq()): a group `lib.a(x.o y.o)` is a name per member;
# of `ARCHIVE(MEMBER)` the archive is globbed and, where it exists, the
# member is kept as written (ar_glob() finds nothing for a member without
# glob characters, nor in a file that is no archive); `lib()` is no
# member reference. kflags globbed the words as file names (none found).
# env: HOME=/nonexistent
D := func-wildcard-archive-member.d
$(info 1 [$(wildcard $(D)/lib.a(x.o y.o))] [$(wildcard $(D)/lib.a( x.o y.o ) )])
$(info 2 [$(wildcard $(D)/lib.a(x.o\ y.o) $(D)/lib.a(*.o) $(D)/*.a(m.o))])
$(info 3 [$(wildcard $(D)/nothing.a(x.o) $(D)/lib.a() $(D)/lib.a(a(b)))])
$(info 4 [$(wildcard ./$(D)/lib.a(x) $(D)/lib.a(x ./$(D)/lib.a ./y) )])
$(info 5 [$(wildcard ~(x.o) ~/lib.a(x.o))])
$(info 6 [$(wildcard $(D)/lib.a(x.o)$(D)/lib.a)])
$(info 7 [$(wildcard $(D)/lib.a((x.o)))])
