# print: A B C
foo := bar
A := ${foo}
B := ${subst a,b,${foo}}
C := $(subst a,b,${foo}) ${foo:r=z}
