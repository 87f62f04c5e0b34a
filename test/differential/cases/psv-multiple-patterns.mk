# print: V
# target: dir/foo.o
%.o: V += any-o
dir/%.o: V += dir-o
%: V += all
