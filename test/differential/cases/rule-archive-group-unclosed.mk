# parse_file_seq() opens an archive group at a name with `(` only if a
# later word ends with `)`, and never at a name starting with `(`: else the
# words are plain names. kflags made members of every word to the end
# (`lib(a b c` was lib(a) lib(b) lib(c)) and grouped `(f g)`.
# target: t
# print: ^ +
t: x lib2( d e ) (f g) y lib(a b c
x lib2(d) lib2(e) (f g) y lib(a b c:
$(info reached end)
