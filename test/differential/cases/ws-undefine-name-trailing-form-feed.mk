# read.c do_undefine(): leading ISSPACE goes from the expanded name, but
# only trailing blanks: a trailing form feed stays part of the name.
x := 1
undefinex
y := 2
undefine y	 
$(info [$(x)] [$(y)])
